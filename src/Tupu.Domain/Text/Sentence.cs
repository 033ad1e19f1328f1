namespace Tupu.Domain.Text;

/// <summary>One sentence of the normalised text. <paramref name="Paragraph"/> counts from 0 in document order.</summary>
public sealed record Sentence(TextSpan Span, SentenceLanguage Language, int Paragraph);
