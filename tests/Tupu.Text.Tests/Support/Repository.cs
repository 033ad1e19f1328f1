namespace Tupu.Text.Tests.Support;

/// <summary>The repository the tests run from: its root (where Tupu.slnx is) and the corpus articles.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every corpus article file (zh-Hans/, zh-Hant/, en/), in ordinal path order.</summary>
    public static IEnumerable<string> ArticleFiles(string pattern = "*") =>
        Directory.EnumerateFiles(Path.Combine(Root, "corpus", "articles"), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tupu.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
