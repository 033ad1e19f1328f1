using Tupu.Domain.Articles;
using Tupu.Domain.Text;
using Tupu.Text.Scripts;
using Tupu.Text.Sentences;

namespace Tupu.Text.Normalization;

/// <summary>
/// The second pipeline stage: <see cref="Article"/> → <see cref="NormalizedDocument"/>. Markdown syntax is stripped,
/// characters are NFKC width-folded (Chinese sentence punctuation kept), whitespace cleaned, Traditional text converted
/// to Simplified, romanisation glosses and boilerplate removed, and the text split into sentences. Every character of
/// the result maps back into <see cref="Article.Text"/>. Thread-safe and stateless.
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>Normalises one article.</summary>
    public NormalizedDocument Normalize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Text;
        var script = ScriptConverter.Detect(source);
        var markdown = article.Format == ArticleFormat.Markdown ? MarkdownStripper.Strip(source) : null;
        var folded = markdown is null
            ? CharFolder.Fold(source, null, script == Script.Traditional)
            : CharFolder.Fold(markdown.Chars, markdown, script == Script.Traditional);
        var (text, paragraphs) = ParagraphAssembler.Assemble(folded);
        var normalized = text.ToString();
        var sentences = SentenceSplitter.Split(normalized, paragraphs);
        return new NormalizedDocument(article, normalized, text.ToOffsetMap(source.Length), sentences, script);
    }
}
