namespace Tupu.Pipeline.Running;

/// <summary>How an ingest runs.</summary>
/// <param name="Jobs">Articles analysed in parallel (NLP stages); the graph is always written by one writer.</param>
public sealed record IngestOptions(int Jobs)
{
    public static IngestOptions Default { get; } = new(Environment.ProcessorCount);

    /// <summary>Articles analysed between two ordered resolution steps; bounds memory whatever the corpus size.</summary>
    public int ChunkSize => Math.Max(8, Jobs * 8);
}
