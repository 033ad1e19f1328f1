using System.Reflection;

namespace Tupu.Storage.Schema;

/// <summary>
/// graph-schema's constraints and indexes, embedded in this assembly at build time so the tool applies exactly what
/// the schema folder says (the folder is the single source of truth).
/// </summary>
public static class GraphSchema
{
    private static readonly Lazy<IReadOnlyList<string>> Constraints = new(() => Load("constraints.cypher"));
    private static readonly Lazy<IReadOnlyList<string>> Indexes = new(() => Load("indexes.cypher"));

    /// <summary>The statements of graph-schema/constraints.cypher, comments removed, in file order.</summary>
    public static IReadOnlyList<string> ConstraintStatements => Constraints.Value;

    /// <summary>The statements of graph-schema/indexes.cypher, comments removed, in file order.</summary>
    public static IReadOnlyList<string> IndexStatements => Indexes.Value;

    /// <summary>Constraints first (they create the key indexes MERGE needs), then indexes.</summary>
    public static IReadOnlyList<string> AllStatements => [.. ConstraintStatements, .. IndexStatements];

    /// <summary>
    /// Splits a Cypher script into statements on <c>;</c>, dropping <c>//</c> and <c>/* */</c> comments and blank
    /// statements. Quotes and backticks are respected, so a <c>;</c> or <c>//</c> inside a literal stays.
    /// </summary>
    public static IReadOnlyList<string> SplitStatements(string script) => CypherScript.Split(script);

    private static IReadOnlyList<string> Load(string fileName)
    {
        var name = "Tupu.Storage.Schema." + fileName;
        using var stream = typeof(GraphSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing: graph-schema/{fileName} was not embedded.");
        using var reader = new StreamReader(stream);
        return CypherScript.Split(reader.ReadToEnd());
    }
}
