using Spectre.Console;
using Tupu.Bolt;
using Tupu.Cli.Commands;
using Tupu.Domain;
using Tupu.Domain.Graph;
using Tupu.Storage.Neo4j;
using Tupu.Storage.Sqlite;

namespace Tupu.Cli.Infrastructure;

/// <summary>Opens the store a command names: Neo4j when a URI is given (option or NEO4J_URI for Neo4j-only commands), else the embedded store.</summary>
internal sealed class StoreOpener(Terminal terminal)
{
    public Task<SqliteGraphStore> OpenEmbeddedAsync(StoreSettings settings, CancellationToken cancellationToken) =>
        SqliteGraphStore.OpenAsync(StoreLocation.Resolve(settings.Store, terminal), cancellationToken);

    /// <summary>Opens the embedded store for reading; a missing store is a clear error, not a new empty file.</summary>
    public Task<SqliteGraphStore> OpenExistingAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        var path = StoreLocation.Resolve(settings.Store, terminal);
        return File.Exists(path)
            ? SqliteGraphStore.OpenAsync(path, cancellationToken)
            : throw new TupuException(ErrorCode.FileNotFound, $"{path}: no store here yet; run `tupu ingest` first or name one with --store.");
    }

    /// <summary>The Neo4j connection named by options and environment; null when none is named.</summary>
    public Neo4jSettings? Neo4j(Neo4jConnectionSettings settings, bool fallBackToEnvironment)
    {
        var uri = settings.Neo4jUri ?? (fallBackToEnvironment ? terminal.GetEnvironmentVariable("NEO4J_URI") : null);
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        string? password = null;
        if (settings.PasswordStdin)
        {
            using var reader = new StreamReader(terminal.OpenStandardInput());
            password = reader.ReadLine() ?? throw new TupuException(ErrorCode.InvalidArgument, "--password-stdin: standard input was empty.");
        }

        password ??= terminal.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (password is null && terminal.IsInteractive)
        {
            password = terminal.Console.Prompt(new TextPrompt<string>("Neo4j password:").Secret().AllowEmpty());
        }

        return Neo4jSettings.FromEnvironment(
            uri,
            settings.User ?? terminal.GetEnvironmentVariable("NEO4J_USERNAME"),
            password,
            settings.Database ?? terminal.GetEnvironmentVariable("NEO4J_DATABASE"));
    }

    public static IDriver Connect(Neo4jSettings settings) => GraphDatabase.Driver(settings.Uri, settings.AuthToken);

    /// <summary>Connects to the Neo4j a Neo4j-only command names (option or NEO4J_URI), verifying the connection.</summary>
    public async Task<(IDriver Driver, Neo4jSettings Settings)> ConnectAsync(Neo4jConnectionSettings settings, CancellationToken cancellationToken)
    {
        var neo4j = Neo4j(settings, fallBackToEnvironment: true)
            ?? throw new TupuException(ErrorCode.InvalidArgument, "No Neo4j URI: pass --neo4j URI or set NEO4J_URI (e.g. neo4j://localhost:7687).");
        var driver = Connect(neo4j);
        try
        {
            await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await driver.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return (driver, neo4j);
    }

    public async Task<IGraphStore> OpenForIngestAsync(Neo4jConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (Neo4j(settings, fallBackToEnvironment: false) is { } neo4j)
        {
            var driver = Connect(neo4j);
            await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
            return new Neo4jGraphStore(driver, neo4j.Database, settings.BatchSize, ownsDriver: true);
        }

        return await OpenEmbeddedAsync(settings, cancellationToken).ConfigureAwait(false);
    }
}
