using System.Text.RegularExpressions;

namespace Tupu.Storage.Neo4j;

/// <summary>Builds <see cref="CypherStatement"/>s; parameter names are read from the text so they cannot drift.</summary>
internal static partial class StatementText
{
    public static CypherStatement Of(string name, string text) =>
        new(name, text.Trim(), [.. ParameterName().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
