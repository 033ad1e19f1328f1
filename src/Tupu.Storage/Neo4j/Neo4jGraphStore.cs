using Tupu.Bolt;
using Tupu.Domain;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, written through Tupu's Bolt driver. Every write is <c>UNWIND $rows … MERGE</c> on the schema's
/// keys inside one retried write transaction (ExecuteWriteAsync); labels and relationship types come only from the
/// schema's closed vocabulary, everything else travels as parameters (<see cref="Neo4jStatements"/>). Properties are
/// set only when they differ, so writing or pushing the same data again makes the server report zero changes
/// (<see cref="Counters"/>). Driver errors (<see cref="Neo4jException"/> subclasses) are not wrapped: the caller
/// tells an unreachable server from a failed login by their type.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly IDriver driver;
    private readonly string? database;
    private readonly int batchSize;
    private readonly bool ownsDriver;

    /// <param name="driver">The driver (connection pool) to write through.</param>
    /// <param name="database">Target database; null for the server's default.</param>
    /// <param name="batchSize">Rows per UNWIND (and, for <see cref="PushAsync"/>'s default, per transaction).</param>
    /// <param name="ownsDriver">Dispose the driver with the store.</param>
    public Neo4jGraphStore(IDriver driver, string? database = null, int batchSize = 1000, bool ownsDriver = false)
    {
        ArgumentNullException.ThrowIfNull(driver);
        if (batchSize <= 0)
        {
            throw new TupuException(ErrorCode.InvalidArgument, $"The batch size must be positive (was {batchSize}).");
        }

        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
        this.ownsDriver = ownsDriver;
    }

    /// <summary>
    /// Creates a driver for <paramref name="settings"/>, verifies that the server is reachable and accepts the
    /// credentials (so nothing is half-written when it is not), and returns a store owning that driver. Throws the
    /// driver's <see cref="ServiceUnavailableException"/> or <see cref="AuthenticationException"/> otherwise.
    /// </summary>
    public static async Task<Neo4jGraphStore> ConnectAsync(Neo4jSettings settings, int batchSize = 1000, DriverConfig? config = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var driver = settings.CreateDriver(config);
        try
        {
            await driver.VerifyConnectivityAsync(cancellationToken);
            return new Neo4jGraphStore(driver, settings.Database, batchSize, ownsDriver: true);
        }
        catch
        {
            await driver.DisposeAsync();
            throw;
        }
    }

    /// <summary>The server's write counters summed over every committed write of this store.</summary>
    public Neo4jCounters Counters { get; private set; } = Neo4jCounters.Zero;

    /// <summary>Rows per UNWIND batch.</summary>
    public int BatchSize => batchSize;

    /// <inheritdoc/>
    public async Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default)
    {
        await using var session = OpenSession();
        return await session.ExecuteReadAsync(
            async tx =>
            {
                var (records, _) = await StatementRunner.RunAsync(
                    tx,
                    ArticleStatements.Unchanged,
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["sourceKey"] = sourceKey, ["contentHash"] = contentHash },
                    cancellationToken);
                return records.Count > 0 && records[0]["matches"] is long n && n > 0;
            },
            cancellationToken: cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (ownsDriver)
        {
            await driver.DisposeAsync();
        }
    }

    private IAsyncSession OpenSession() => driver.AsyncSession(c => c.WithDatabase(database));

    private void Record(Neo4jCounters committed) => Counters = Counters.Add(committed);
}
