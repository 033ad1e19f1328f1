using Xunit;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>A fact that needs a real Neo4j: runs when NEO4J_URI is set (with NEO4J_USERNAME, NEO4J_PASSWORD), skipped otherwise.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: no Neo4j server to test against.";
        }
    }
}
