using Tupu.Text.Normalization;
using Tupu.Text.Reading;

namespace Tupu.Text.Tests.Support;

/// <summary>The repository the tests run from: its root (where Tupu.slnx is) and the corpus articles.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every corpus article file (zh-Hans/, zh-Hant/, en/), in ordinal path order.</summary>
    public static IEnumerable<string> ArticleFiles(string pattern = "*") =>
        Directory.EnumerateFiles(Path.Combine(Root, "corpus", "articles"), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Every corpus article matching <paramref name="pattern"/>, read and normalised as the pipeline does.</summary>
    public static IEnumerable<(string Path, string Text)> NormalizedArticles(string pattern = "*")
    {
        var normalizer = new TextNormalizer();
        foreach (var path in ArticleFiles(pattern))
        {
            var article = new ArticleReader().Read(new ArticleInput(path, new FileInfo(path).Length)).Single().Article!;
            yield return (path, normalizer.Normalize(article).Text);
        }
    }

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
