using System.Text.RegularExpressions;

namespace Tupu.Text.Reading;

/// <summary>
/// The <c>.tupuignore</c> files met while walking folders: one pattern per line, relative to the file's folder
/// (<c>#</c> comments; <c>*</c> and <c>?</c> match within a name; a trailing <c>/</c> names folders only). Rules of
/// enclosing folders still apply below them. Lets a news folder keep notes and data beside its articles.
/// </summary>
internal sealed class IgnoreRules
{
    public const string FileName = ".tupuignore";

    private readonly IgnoreRules? _parent;
    private readonly string _directory;
    private readonly (Regex Pattern, bool DirectoriesOnly)[] _patterns;

    private IgnoreRules(IgnoreRules? parent, string directory, (Regex, bool)[] patterns)
    {
        _parent = parent;
        _directory = directory;
        _patterns = patterns;
    }

    /// <summary>The rules in force inside <paramref name="directory"/>: its own file's, added to the parent's.</summary>
    public static IgnoreRules? Load(string directory, IgnoreRules? parent)
    {
        var file = Path.Combine(directory, FileName);
        if (!File.Exists(file))
        {
            return parent;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return parent;
        }

        var patterns = lines
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (ToRegex(l.TrimEnd('/')), l.EndsWith('/')))
            .ToArray();
        return new IgnoreRules(parent, directory, patterns);
    }

    /// <summary>True when a rule here or in an enclosing folder names this file or folder.</summary>
    public bool Ignores(string fullPath, bool isDirectory)
    {
        var relative = Path.GetRelativePath(_directory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        foreach (var (pattern, directoriesOnly) in _patterns)
        {
            if ((!directoriesOnly || isDirectory) && pattern.IsMatch(relative))
            {
                return true;
            }
        }

        return _parent?.Ignores(fullPath, isDirectory) ?? false;
    }

    private static Regex ToRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
