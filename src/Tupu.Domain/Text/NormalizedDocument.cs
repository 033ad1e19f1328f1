using System.Collections.Immutable;
using Tupu.Domain.Articles;

namespace Tupu.Domain.Text;

/// <summary>
/// Second stage: the article's analysis text. <see cref="Text"/> is NFKC-folded, whitespace-cleaned, converted to
/// Simplified Chinese, with romanisation glosses and boilerplate removed. <see cref="Map"/> maps every offset of
/// <see cref="Text"/> back to <see cref="Article.Text"/>, so any span can be quoted as the source printed it.
/// </summary>
/// <param name="SourceScript">The dominant script of the source's Chinese text (Traditional when it was converted).</param>
public sealed record NormalizedDocument(
    Article Article,
    string Text,
    OffsetMap Map,
    ImmutableArray<Sentence> Sentences,
    Script SourceScript)
{
    /// <summary>The source text (as printed) that a span of the normalised text came from.</summary>
    public string SourceTextOf(TextSpan span) => Map.ToSource(span).Of(Article.Text);
}
