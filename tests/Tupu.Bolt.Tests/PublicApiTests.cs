using System.Reflection;

namespace Tupu.Bolt.Tests;

/// <summary>The public surface stays small and deliberate; everything else is internal and sealed (or static).</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Bolt = typeof(GraphDatabase).Assembly;

    [Fact]
    public void Public_types_are_exactly_the_driver_api()
    {
        string[] expected =
        [
            "AuthTokens", "AuthenticationException", "ClientException", "CommitOutcomeUnknownException", "DatabaseException", "Date",
            "DriverConfig", "Duration", "GraphDatabase", "IAsyncQueryRunner", "IAsyncSession", "IAsyncTransaction", "IAuthToken", "ICounters",
            "IDriver", "IRecord", "IResultCursor", "IResultSummary", "LocalDateTime", "LocalTime", "Neo4jException", "Node", "Path", "Point",
            "ProtocolException", "Relationship", "SecurityException", "ServiceUnavailableException", "SessionConfigBuilder", "SessionExpiredException",
            "Time", "TransactionConfigBuilder", "TransientException", "UnboundRelationship", "ZonedDateTime",
        ];
        var actual = Bolt.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
        Assert.All(Bolt.GetExportedTypes(), t => Assert.Equal("Tupu.Bolt", t.Namespace));
    }

    [Fact]
    public void Internal_classes_are_sealed_or_static()
    {
        var open = Bolt.GetTypes()
            .Where(t => !t.IsPublic && !t.IsNestedPublic && t.IsClass && !t.IsSealed && !t.IsAbstract && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }
}
