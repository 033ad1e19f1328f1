namespace Tupu.Domain.Text;

/// <summary>
/// One token. <paramref name="Term"/> is the tokenizer's term (SmartCn lower-cases ASCII and folds punctuation);
/// surface forms are always taken from <paramref name="Span"/> over the normalised text.
/// </summary>
public readonly record struct Token(TextSpan Span, string Term, TokenKind Kind);
