namespace Tupu.Bolt.Tests.Support;

/// <summary>The real server named by the environment, for <see cref="Neo4jFactAttribute"/> tests.</summary>
internal static class Neo4jServer
{
    public static string? Uri => Environment.GetEnvironmentVariable("NEO4J_URI");

    public static string? Database => Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : null;

    public static IDriver Driver() => GraphDatabase.Driver(
        Uri!,
        AuthTokens.Basic(Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty),
        DriverConfig.Default with { ConnectionTimeout = TimeSpan.FromSeconds(10), MaxTransactionRetryTime = TimeSpan.FromSeconds(10) });
}
