using Tupu.Domain.Graph;

namespace Tupu.Storage.Export;

/// <summary>
/// The constraints of graph-schema/constraints.cypher, embedded in this assembly at build time (the schema is the
/// single source of truth). Should the resource be missing, the uniqueness constraints are derived from the label
/// vocabulary so an export never loads without them.
/// </summary>
internal static class SchemaStatements
{
    public const string ConstraintsResource = "Tupu.Storage.Schema.constraints.cypher";

    public static string Constraints()
    {
        using var stream = typeof(SchemaStatements).Assembly.GetManifestResourceStream(ConstraintsResource);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        }

        return string.Concat(Labels.All.Order(StringComparer.Ordinal).Select(label =>
            $"CREATE CONSTRAINT {char.ToLowerInvariant(label[0])}{label[1..]}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;\n"));
    }
}
