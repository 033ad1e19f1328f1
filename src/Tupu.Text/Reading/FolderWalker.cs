using Tupu.Domain;

namespace Tupu.Text.Reading;

/// <summary>
/// Expands input paths: files as given, folders recursively (article extensions only, ordinal order), "-" for
/// standard input. Symbolic-link loops are reported, a folder reached twice through links is walked once.
/// The walk uses resolved (real) paths internally and reports paths as the user would write them.
/// </summary>
internal static class FolderWalker
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm",
    };

    public static bool IsArticleFile(string path) => ArticleExtensions.Contains(Path.GetExtension(path));

    public static IEnumerable<ArticleInput> Discover(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == ArticleInput.StandardInput)
            {
                yield return new ArticleInput(ArticleInput.StandardInput, -1);
                continue;
            }

            var display = ArticleFactory.NormalizePath(path);
            if (IsLinkLoop(path))
            {
                yield return Missing(path, display);
            }
            else if (File.Exists(path))
            {
                yield return new ArticleInput(display, LengthOf(path));
            }
            else if (Directory.Exists(path))
            {
                var visited = new HashSet<string>(StringComparer.Ordinal);
                var ancestors = new HashSet<string>(StringComparer.Ordinal);
                foreach (var input in Walk(RealPathOf(Path.GetFullPath(path)), display.TrimEnd('/'), ancestors, visited, 0, null))
                {
                    yield return input;
                }
            }
            else
            {
                yield return Missing(path, display);
            }
        }
    }

    private static IEnumerable<ArticleInput> Walk(string? real, string display, HashSet<string> ancestors, HashSet<string> visited, int depth, IgnoreRules? inherited)
    {
        if (real is null || ancestors.Contains(real) || depth > MaxDepth)
        {
            yield return new ArticleInput(display, 0, new TupuException(ErrorCode.LinkLoop, $"{display}: symbolic-link loop (the folder leads back to itself); skipped."));
            yield break;
        }

        if (!visited.Add(real))
        {
            yield break;
        }

        var entries = TryList(real);
        if (entries is null)
        {
            yield return new ArticleInput(display, 0, new TupuException(ErrorCode.FileUnreadable, $"{display}: the folder cannot be read."));
            yield break;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        ancestors.Add(real);
        var rules = IgnoreRules.Load(real, inherited);
        foreach (var entry in entries)
        {
            // Hidden files and folders (.git, .tupuignore) and what a .tupuignore names are not articles.
            if (Path.GetFileName(entry).StartsWith('.') || (rules?.Ignores(entry, Directory.Exists(entry)) ?? false))
            {
                continue;
            }

            var childDisplay = display + "/" + Path.GetFileName(entry);
            if (IsLinkLoop(entry))
            {
                yield return Missing(entry, childDisplay);
            }
            else if (Directory.Exists(entry))
            {
                foreach (var input in Walk(RealPathOf(entry), childDisplay, ancestors, visited, depth + 1, rules))
                {
                    yield return input;
                }
            }
            else if (File.Exists(entry))
            {
                if (IsArticleFile(entry))
                {
                    yield return new ArticleInput(childDisplay, LengthOf(entry));
                }
            }
            else if (IsArticleFile(entry))
            {
                yield return Missing(entry, childDisplay);
            }
        }

        ancestors.Remove(real);
    }

    private static string[]? TryList(string path)
    {
        try
        {
            return Directory.GetFileSystemEntries(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ArticleInput Missing(string path, string display)
    {
        if (IsLinkLoop(path))
        {
            return new ArticleInput(display, 0, new TupuException(ErrorCode.LinkLoop, $"{display}: symbolic-link loop (the link leads back to itself); skipped."));
        }

        var reason = new FileInfo(path).LinkTarget is not null ? "is a broken symbolic link" : "does not exist";
        return new ArticleInput(display, 0, new TupuException(ErrorCode.FileNotFound, $"{display}: {reason}."));
    }

    private static bool IsLinkLoop(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null)
            {
                return false;
            }

            info.ResolveLinkTarget(returnFinalTarget: true);
            return false;
        }
        catch (IOException)
        {
            return true; // ELOOP: the chain of links never reaches a file.
        }
    }

    /// <summary>The path with a final symbolic link resolved; null when the link chain loops.</summary>
    private static string? RealPathOf(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            if (info.LinkTarget is null)
            {
                return Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? null : Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long LengthOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
