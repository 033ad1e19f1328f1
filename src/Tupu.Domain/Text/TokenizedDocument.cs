using System.Collections.Immutable;

namespace Tupu.Domain.Text;

/// <summary>Third stage: the normalised document with its tokens in text order (Chinese by SmartCn, English by a Lucene tokenizer).</summary>
public sealed record TokenizedDocument(NormalizedDocument Document, ImmutableArray<Token> Tokens);
