namespace Tupu.Domain.Graph;

/// <summary>One article of a <see cref="IGraphStore.WriteManyAsync"/>: what its write changed, or why it was not stored.</summary>
/// <param name="Batch">The article's contributions.</param>
/// <param name="Result">What the write changed; null when the article failed.</param>
/// <param name="Error">Why the article was not stored; null when it was.</param>
public sealed record WriteAttempt(GraphBatch Batch, WriteResult? Result, TupuException? Error);
