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
    /// <summary>Articles up to this many characters are normalised in this thread's reused builders.</summary>
    private const int MaxScratchLength = 1 << 16;

    /// <summary>
    /// This thread's builders, one per pass (Markdown, folding, paragraphs). Every pass's result is copied out (the
    /// text into a string, the offsets into the map), so nothing of them outlives a call.
    /// </summary>
    [ThreadStatic]
    private static MappedTextBuilder?[]? Builders;

    /// <summary>Normalises one article.</summary>
    public NormalizedDocument Normalize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Text;
        var script = ScriptConverter.Detect(source);
        var markdown = article.Format == ArticleFormat.Markdown ? MarkdownStripper.Strip(source, Scratch(0, source.Length)) : null;
        var folded = markdown is null
            ? CharFolder.Fold(source, null, script == Script.Traditional, Scratch(1, source.Length))
            : CharFolder.Fold(markdown.Chars, markdown, script == Script.Traditional, Scratch(1, markdown.Length));
        var (text, paragraphs) = ParagraphAssembler.Assemble(folded, Scratch(2, folded.Length));
        var normalized = text.ToString();
        var sentences = SentenceSplitter.Split(normalized, paragraphs);
        return new NormalizedDocument(article, normalized, text.ToOffsetMap(source.Length), sentences, script);
    }

    private static MappedTextBuilder Scratch(int pass, int capacity)
    {
        if (capacity > MaxScratchLength)
        {
            return new MappedTextBuilder(capacity);
        }

        var builders = Builders ??= new MappedTextBuilder?[3];
        var builder = builders[pass];
        if (builder is null || builder.Capacity > 4 * MaxScratchLength)
        {
            // A builder that grew far past the limit is not kept.
            builder = builders[pass] = new MappedTextBuilder(capacity);
        }

        return builder.Reset(capacity);
    }
}
