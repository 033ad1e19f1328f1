using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// The embedded, zero-setup graph store: one SQLite file (WAL mode, foreign keys on, versioned schema).
/// Each <see cref="WriteAsync"/> is one transaction, so a killed process leaves every article whole or absent.
/// Relationship properties (certainty, support, evidence…) are aggregated from per-article evidence rows when read,
/// so replacing an article can never leave a stale aggregate.
/// </summary>
/// <remarks>
/// Decisions: entity attributes merge monotonically (alias union, max confidence), so aliases a replaced article
/// taught stay on the entity while any article still references it; an entity no article references any more is
/// deleted together with its aliases.
/// </remarks>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly StatementCache statements;
    private readonly EntityRowCache entityRows = new();
    private readonly SemaphoreSlim checkLock = new(1, 1);
    private SqliteConnection? checker;
    private CommandCache? checks;

    private SqliteGraphStore(string connectionString, SqliteConnection writer)
    {
        this.connectionString = connectionString;
        this.writer = writer;
        statements = new StatementCache(writer);
    }

    /// <summary>The full path of the store's database file.</summary>
    public string Path { get; private init; } = "";

    /// <summary>For tests: called after each step of a write, inside its open transaction.</summary>
    internal Func<WriteStep, Task>? StepHook { get; set; }

    /// <summary>For tests: the connection writes go through.</summary>
    internal SqliteConnection WriterConnection => writer;

    /// <summary>
    /// Opens (creating when missing) the store at <paramref name="path"/>. Throws <see cref="TupuException"/>
    /// (StoreCorrupt) when the file is not a Tupu store or was written by a newer schema.
    /// </summary>
    public static async Task<SqliteGraphStore> OpenAsync(string path, CancellationToken ct = default)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // No pooling: a disposed store must release the file (tests delete it; users move it).
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await SqliteSchema.EnsureAsync(connection, ct);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new TupuException(ErrorCode.StoreCorrupt, $"'{path}' is not a usable Tupu store: {e.Message}", e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new SqliteGraphStore(connectionString, connection) { Path = fullPath };
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Ingest asks once per article, so the check keeps its own connection (opening one per call cost more than the
    /// query); it is not the writer's, so a check never waits for a running write.
    /// </remarks>
    public async Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default)
    {
        await checkLock.WaitAsync(cancellationToken);
        try
        {
            if (checks is null)
            {
                checker = await OpenReaderAsync(cancellationToken);
                checks = new CommandCache(checker);
            }

            var stored = await checks.Get("SELECT content_hash FROM article WHERE source_key = $source;", ("$source", sourceKey))
                .ExecuteScalarAsync(cancellationToken);
            return stored is string hash && string.Equals(hash, contentHash, StringComparison.Ordinal);
        }
        finally
        {
            checkLock.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default)
    {
        var entities = new List<Entity>();
        await foreach (var entity in StreamEntitiesAsync(cancellationToken))
        {
            entities.Add(entity);
        }

        return entities;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Entity> StreamEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {EntityRows.Columns} FROM entity ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EntityRows.Read(reader);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        statements.Dispose();
        checks?.Dispose();
        if (checker is not null)
        {
            await checker.DisposeAsync();
        }

        await writer.DisposeAsync();
        writeLock.Dispose();
        checkLock.Dispose();
    }

    /// <summary>Reads get their own connection: WAL gives each a consistent snapshot while a write is running.</summary>
    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
