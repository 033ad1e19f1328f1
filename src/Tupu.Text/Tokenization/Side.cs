namespace Tupu.Text.Tokenization;

/// <summary>Which tokenizer a character of the normalised text goes to.</summary>
internal enum Side : byte
{
    /// <summary>SmartCn: Han characters, CJK and general punctuation.</summary>
    Han,

    /// <summary>Neither: a space or a line break.</summary>
    Blank,

    /// <summary>StandardTokenizer: letters and digits of alphabetic scripts, ASCII punctuation.</summary>
    Latin,

    /// <summary>Neither: inside a span kept whole.</summary>
    Kept,
}
