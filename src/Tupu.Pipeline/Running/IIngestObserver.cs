namespace Tupu.Pipeline.Running;

/// <summary>Receives progress from a running ingest (the CLI's progress display).</summary>
public interface IIngestObserver
{
    /// <summary>Inputs were discovered: how many files and how many bytes in all.</summary>
    void Discovered(int inputs, long bytes);

    /// <summary>One input (file, or part of a large file) was finished, successfully or not.</summary>
    void Finished(string source, long bytes);
}
