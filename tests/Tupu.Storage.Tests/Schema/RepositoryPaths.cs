namespace Tupu.Storage.Tests.Schema;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string GraphSchema => Path.Combine(Root, "graph-schema");

    public static string CypherLint => Path.Combine(Root, "tests", "cypher-lint");

    /// <summary>The nearest folder above the test binaries (or TUPU_REPO_ROOT, for out-of-tree builds) holding Tupu.slnx.</summary>
    private static string FindRoot()
    {
        string?[] starts = [AppContext.BaseDirectory, Environment.GetEnvironmentVariable("TUPU_REPO_ROOT")];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Tupu.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Tupu.slnx not found above " + AppContext.BaseDirectory);
    }
}
