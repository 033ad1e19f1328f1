using Xunit;
namespace Tupu.Storage.Tests.Schema;

/// <summary>
/// A fact that needs tests/cypher-lint/node_modules (<c>npm ci</c> there). Skipped locally when it is missing; under
/// CI (<c>CI=true</c>) it runs anyway, so a missing install fails instead of passing silently.
/// </summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        var installed = Directory.Exists(Path.Combine(RepositoryPaths.CypherLint, "node_modules", "@neo4j-cypher", "language-support"));
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!installed && !ci)
        {
            Skip = "tests/cypher-lint/node_modules is missing: run `npm ci` in tests/cypher-lint (CI=true makes this a failure).";
        }
    }
}
