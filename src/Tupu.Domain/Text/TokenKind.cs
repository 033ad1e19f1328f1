namespace Tupu.Domain.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    Han,
    Word,
    Number,
    Punctuation,
}
