namespace Tupu.Bolt.Tests.Support;

/// <summary>
/// A fact that needs a real Neo4j server: skipped unless NEO4J_URI names one (xunit 2 has no dynamic skip,
/// so the skip reason is set when the attribute is built). Credentials come from NEO4J_USERNAME / NEO4J_PASSWORD.
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Neo4jServer.Uri))
        {
            Skip = "Set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to run the tests against a real Neo4j server.";
        }
    }
}
