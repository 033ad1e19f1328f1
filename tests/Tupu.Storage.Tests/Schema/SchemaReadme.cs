using System.Text.RegularExpressions;

namespace Tupu.Storage.Tests.Schema;

/// <summary>
/// Reads the vocabulary tables of graph-schema/README.md (between <c>&lt;!-- vocabulary:NAME --&gt;</c> markers):
/// first column of each row, backticks removed.
/// </summary>
internal static partial class SchemaReadme
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.GraphSchema, "README.md")));

    public static IReadOnlyList<string> Labels => FirstColumn("labels");

    public static IReadOnlyList<string> EntityProperties => FirstColumn("entity-properties");

    public static IReadOnlyList<string> ArticleProperties => FirstColumn("article-properties");

    public static IReadOnlyList<string> RelationshipProperties => FirstColumn("relationship-properties");

    /// <summary>Type, From, To of each relationship row; From/To split on commas.</summary>
    public static IReadOnlyList<(string Type, IReadOnlyList<string> From, IReadOnlyList<string> To)> Relationships =>
        [.. Rows("relationships").Select(cells => (cells[0], Split(cells[1]), Split(cells[2])))];

    public static IReadOnlyList<string> AllPropertyKeys =>
        [.. EntityProperties.Concat(ArticleProperties).Concat(RelationshipProperties).Distinct(StringComparer.Ordinal)];

    private static IReadOnlyList<string> FirstColumn(string table) => [.. Rows(table).Select(cells => cells[0])];

    private static IEnumerable<string[]> Rows(string table)
    {
        var text = Text.Value;
        var start = text.IndexOf($"<!-- vocabulary:{table}", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- /vocabulary:{table}", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"graph-schema/README.md has no vocabulary:{table} table.");
        }

        return text[start..end]
            .Split('\n')
            .Where(line => line.StartsWith('|'))
            .Skip(2) // header and separator
            .Select(line => line.Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("`", "", StringComparison.Ordinal)).ToArray());
    }

    private static IReadOnlyList<string> Split(string cell) =>
        [.. cell.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>Parameters a Browser query documents with <c>// :param name => value</c>.</summary>
    public static IReadOnlyList<string> DocumentedParameters(string cypherFile) =>
        [.. ParamComment().Matches(cypherFile).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^//\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ParamComment();
}
