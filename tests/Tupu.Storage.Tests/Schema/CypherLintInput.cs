using System.Text.Json;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Neo4j;
using Tupu.Storage.Schema;

namespace Tupu.Storage.Tests.Schema;

/// <summary>The statements file tests/cypher-lint/lint.mjs reads.</summary>
internal static class CypherLintInput
{
    /// <summary>Keys of the parameter maps Tupu sends (row.subject…), and index option keys: not graph properties.</summary>
    public static readonly string[] OtherKeys =
        ["subject", "object", "article", "negated", "published", "relationshipId", "start", "end", "properties", "family",
         "indexConfig", "fulltext.analyzer"];

    public static IReadOnlyList<CypherStatement> Statements()
    {
        var statements = new List<CypherStatement>(Neo4jStatements.All);
        statements.AddRange(GraphSchema.ConstraintStatements.Select((s, i) => new CypherStatement($"schema.constraints.{i + 1}", s, [])));
        statements.AddRange(GraphSchema.IndexStatements.Select((s, i) => new CypherStatement($"schema.indexes.{i + 1}", s, [])));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.GraphSchema, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
            var parameters = SchemaReadme.DocumentedParameters(text);
            statements.AddRange(GraphSchema.SplitStatements(text).Select((s, i) => new CypherStatement($"{name}#{i + 1}", s, parameters)));
        }

        return statements;
    }

    public static string Write(IReadOnlyList<CypherStatement> statements)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tupu-cypher-lint-{Guid.NewGuid():N}.json");
        var document = new
        {
            labels = Labels.All,
            relationshipTypes = RelationTypes.All.Select(t => t.SchemaName()).ToArray(),
            propertyKeys = SchemaReadme.AllPropertyKeys,
            optionKeys = OtherKeys,
            statements = statements.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters }).ToArray(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        return path;
    }
}
