using Tupu.Bolt;
using Tupu.Domain;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Where and as whom to connect. The password comes from the environment or standard input, never from a plain
/// argument, and is never printed: <see cref="ToString"/> leaves it out and hides credentials in the URI.
/// </summary>
public sealed record Neo4jSettings(string Uri, string User, string Password, string? Database)
{
    private static readonly string[] Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    /// <summary>
    /// Settings from overrides (command-line options), else NEO4J_URI, NEO4J_USERNAME (default <c>neo4j</c>),
    /// NEO4J_PASSWORD and NEO4J_DATABASE. <paramref name="passwordFromStdin"/> (from <c>--password-stdin</c> or a
    /// prompt) wins over NEO4J_PASSWORD. Throws <see cref="TupuException"/> (InvalidArgument) when the URI or the
    /// password is missing, or the URI's scheme is not one Tupu speaks.
    /// </summary>
    public static Neo4jSettings FromEnvironment(string? uriOverride, string? userOverride, string? passwordFromStdin, string? databaseOverride) =>
        From(uriOverride, userOverride, passwordFromStdin, databaseOverride, Environment.GetEnvironmentVariable);

    internal static Neo4jSettings From(string? uriOverride, string? userOverride, string? passwordFromStdin, string? databaseOverride, Func<string, string?> environment)
    {
        var uri = FirstNonEmpty(uriOverride, environment("NEO4J_URI"))
            ?? throw new TupuException(ErrorCode.InvalidArgument, "No Neo4j URI: pass --neo4j URI or set NEO4J_URI (e.g. neo4j://localhost:7687).");
        CheckUri(uri);
        var user = FirstNonEmpty(userOverride, environment("NEO4J_USERNAME")) ?? "neo4j";
        var password = passwordFromStdin ?? environment("NEO4J_PASSWORD")
            ?? throw new TupuException(ErrorCode.InvalidArgument, "No Neo4j password: set NEO4J_PASSWORD or pipe it to --password-stdin.");
        var database = FirstNonEmpty(databaseOverride, environment("NEO4J_DATABASE"));
        return new Neo4jSettings(uri, user, password, database);
    }

    /// <summary>Basic auth; an empty password means a server with authentication disabled.</summary>
    public IAuthToken AuthToken => Password.Length == 0 ? AuthTokens.None : AuthTokens.Basic(User, Password);

    /// <summary>A driver (connection pool) for these settings; it connects lazily.</summary>
    public IDriver CreateDriver(DriverConfig? config = null) => GraphDatabase.Driver(Uri, AuthToken, config);

    public override string ToString() =>
        $"Neo4jSettings {{ Uri = {RedactedUri(Uri)}, User = {User}, Database = {Database ?? "(default)"} }}";

    private static void CheckUri(string uri)
    {
        var separator = uri.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator > 0 ? uri[..separator] : string.Empty;
        if (!Schemes.Contains(scheme, StringComparer.Ordinal) || !System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Host.Length == 0)
        {
            throw new TupuException(
                ErrorCode.InvalidArgument,
                $"'{RedactedUri(uri)}' is not a Neo4j URI: use {string.Join(", ", Schemes.Select(s => s + "://HOST[:PORT]"))}.");
        }
    }

    /// <summary>The URI without any user-info part (bolt://user:secret@host becomes bolt://***@host).</summary>
    private static string RedactedUri(string uri)
    {
        var start = uri.IndexOf("://", StringComparison.Ordinal);
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        return start >= 0 && at > start ? string.Concat(uri.AsSpan(0, start + 3), "***", uri.AsSpan(at)) : uri;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
