namespace Tupu.IntegrationTests.Support;

/// <summary>A temporary folder removed when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tupu-it-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// A folder <paramref name="name"/> of this one holding a synthetic corpus of about <paramref name="bytes"/> made
    /// from the repository's articles (the same seed writes the same articles first); its path.
    /// </summary>
    public string SyntheticCorpus(string name, long bytes, int seed)
    {
        var corpus = File(name);
        Tupu.Pipeline.Benchmarking.SyntheticCorpus.Write(Repository.Articles, corpus, bytes, seed);
        return corpus;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS temp cleaner takes the rest.
        }
    }
}
