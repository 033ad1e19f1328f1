namespace Tupu.Text.Tokenization;

/// <summary>One token as a Lucene tokenizer reports it: offsets, term text and Lucene's type name.</summary>
internal readonly record struct RawToken(int Start, int End, string Term, string Type);
