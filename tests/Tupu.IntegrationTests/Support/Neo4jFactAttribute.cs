namespace Tupu.IntegrationTests.Support;

/// <summary>A test that needs a real Neo4j: it runs when NEO4J_URI names one and is skipped otherwise.</summary>
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
