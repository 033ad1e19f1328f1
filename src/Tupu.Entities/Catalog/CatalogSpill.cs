using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;

namespace Tupu.Entities;

/// <summary>
/// Where an <see cref="EntityCatalog"/> keeps what it learned once its memory holds enough, so a long ingest's memory
/// stays the same however many entities it discovers: the learned names and entities go to a private SQLite file
/// (among SQLite's temporary files, unlinked as soon as it is made), in front of which a <see cref="KeyFilter"/> of fixed size turns away almost every
/// lookup of a name the file does not hold. Each row carries the generation of the catalog that wrote it; a catalog
/// reads only rows of its own generation or older, so every snapshot keeps answering as it did when it was made.
/// </summary>
/// <remarks>
/// One spill serves one catalog and the snapshots learned from it in a line (<see cref="EntityCatalog.Learn"/> refuses
/// to learn from a snapshot that is not the newest). Thread-safe: lookups and writes take one lock.
/// </remarks>
public sealed class CatalogSpill : IDisposable
{
    /// <summary>Learned names a catalog holds in memory before it moves them here.</summary>
    public const int DefaultNamesInMemory = 8_192;

    /// <summary>2^26 bits, 8 MB (see <see cref="KeyFilter"/> for the false alarms at that size).</summary>
    public const int DefaultFilterLog2Bits = 26;

    private const int ExactKind = 1;
    private const int CompactKind = 2;

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SpillStatement _begin;
    private readonly SpillStatement _commit;
    private readonly SpillStatement _insertName;
    private readonly SpillStatement _insertEntity;
    private readonly SpillStatement _idsByKey;
    private readonly SpillStatement _entityById;
    private readonly SpillStatement _familyRoots;
    private readonly SpillStatement _spilledIds;
    private readonly KeyFilter _filter;
    private readonly RecentCache<NamedIds> _keys = new(8192);

    // Entities read for the newest generation. As many as keys: a key found in its cache, its entities read out of
    // theirs, cost a read each (with 2,048, 52,000 of the 61,000 entity reads of a 50 MB analysis; with 8,192 the
    // file was read 93,116 times instead of 153,047, and resolve and learn took 2.92 s instead of 3.19).
    private readonly RecentCache<Entity> _entities = new(8192);

    private long _head = -1;
    private long _firstWrite = -1;
    private long _lastWrite = -1;
    private bool _disposed;

    /// <param name="namesInMemory">Learned names a catalog holds in memory before it moves them here.</param>
    /// <param name="filterLog2Bits">Size of the key filter, as a power of two bits.</param>
    /// <param name="maxPages">
    /// When positive, the file may not grow past this many pages (or its size once made): what a full disk does, for tests.
    /// </param>
    public CatalogSpill(int namesInMemory = DefaultNamesInMemory, int filterLog2Bits = DefaultFilterLog2Bits, long maxPages = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(namesInMemory, 1);
        NamesInMemory = namesInMemory;
        _filter = new KeyFilter(filterLog2Bits);
        // An empty data source is a private on-disk database: SQLite makes it among its temporary files and unlinks it at
        // once, so nothing is left behind, even by a killed run.
        _connection = new SqliteConnection("Data Source=;Pooling=False");
        try
        {
            _connection.Open();
            Execute("""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                PRAGMA cache_size = -4096;
                CREATE TABLE names (key BLOB NOT NULL, kinds INTEGER NOT NULL, id BLOB NOT NULL, generation INTEGER NOT NULL,
                    PRIMARY KEY (key, id, generation)) WITHOUT ROWID;
                CREATE TABLE entities (id BLOB NOT NULL, generation INTEGER NOT NULL, body BLOB NOT NULL, family_root BLOB,
                    PRIMARY KEY (id, generation)) WITHOUT ROWID;
                CREATE INDEX entities_by_family_root ON entities (family_root) WHERE family_root IS NOT NULL;
                """);
            if (maxPages > 0)
            {
                Execute($"PRAGMA max_page_count = {maxPages};");
            }
        }
        catch (SqliteException error)
        {
            _connection.Dispose();
            throw Failed("make", error);
        }

        _begin = new SpillStatement(_connection, "BEGIN");
        _commit = new SpillStatement(_connection, "COMMIT");
        _insertName = new SpillStatement(
            _connection,
            "INSERT INTO names VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key, id, generation) DO UPDATE SET kinds = kinds | excluded.kinds");
        _insertEntity = new SpillStatement(_connection, "INSERT OR REPLACE INTO entities VALUES (?1, ?2, ?3, ?4)");
        // A key's names of both kinds, each with its entity as last written (none for a lexicon entity's alias: those
        // entities stay in memory): the mention a name is found for is resolved to that entity next.
        _idsByKey = new SpillStatement(_connection, """
            SELECT n.id, n.kinds, e.body FROM names n
            LEFT JOIN entities e ON e.id = n.id AND e.generation = (SELECT MAX(generation) FROM entities WHERE id = n.id AND generation <= ?2)
            WHERE n.key = ?1 AND n.generation <= ?2
            """);
        _entityById = new SpillStatement(_connection, "SELECT body FROM entities WHERE id = ?1 AND generation <= ?2 ORDER BY generation DESC LIMIT 1");
        _familyRoots = new SpillStatement(
            _connection,
            "SELECT DISTINCT id FROM entities WHERE family_root >= ?1 AND family_root < ?2 AND generation <= ?3");
        _spilledIds = new SpillStatement(_connection, "SELECT DISTINCT id FROM entities WHERE generation <= ?1");
    }

    /// <summary>Learned names a catalog with this spill holds in memory; past that it moves them here.</summary>
    public int NamesInMemory { get; }

    /// <summary>Number of times a catalog moved its learned names here.</summary>
    public int Writes { get; private set; }

    /// <summary>Names moved here, counted at each move (a name moved again with a later version of its entity counts again).</summary>
    public long NamesWritten { get; private set; }

    /// <summary>Lookups of a name or an entity that the filter and the caches let through to the disk.</summary>
    public long DiskLookups { get; private set; }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var statement in new[] { _begin, _commit, _insertName, _insertEntity, _idsByKey, _entityById, _familyRoots, _spilledIds })
            {
                statement.Dispose();
            }

            _connection.Dispose();
        }
    }

    /// <summary>
    /// Claims the next generation for a catalog learned from the one at <paramref name="generation"/> (−1: a new
    /// catalog). Only the newest catalog of a spill may learn: two lines of snapshots would write over each other's
    /// rows.
    /// </summary>
    internal long Claim(long generation)
    {
        lock (_gate)
        {
            if (_head != generation)
            {
                throw new InvalidOperationException(generation < 0
                    ? "A catalog spill serves one catalog; this one already has its catalog."
                    : "A catalog with a spill learns in one line: only its newest snapshot may learn.");
            }

            return ++_head;
        }
    }

    /// <summary>Writes a catalog's learned names and entities as its generation <paramref name="generation"/> sees them.</summary>
    internal void Write(long generation, IEnumerable<NameEntry> names, IEnumerable<Entity> entities)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _begin.Execute();
            try
            {
                // In key order (the order SQLite keeps the rows in), each page of the table is written once per batch.
                foreach (var name in names.OrderBy(n => n.Exact, BlobOrder.Instance))
                {
                    var sameKey = string.Equals(name.Exact, name.Compact, StringComparison.Ordinal);
                    InsertName(name.Exact, sameKey ? ExactKind | CompactKind : ExactKind, name.EntityId, generation);
                    if (!sameKey)
                    {
                        InsertName(name.Compact, CompactKind, name.EntityId, generation);
                    }

                    _filter.AddName(name.Exact, name.Compact);
                    _keys.Remove(name.Exact);
                    _keys.Remove(name.Compact);
                    NamesWritten++;
                }

                foreach (var entity in entities.OrderBy(e => e.Id, BlobOrder.Instance))
                {
                    _insertEntity.Bind(1, entity.Id).Bind(2, generation).BindBytes(3, EntityCodec.Encode(entity));
                    if (FamilyRootOf(entity) is { } root)
                    {
                        _insertEntity.Bind(4, root);
                    }
                    else
                    {
                        _insertEntity.BindNull(4);
                    }

                    _insertEntity.Execute();
                    _filter.AddId(entity.Id);
                    _entities.Remove(entity.Id);
                }

                _commit.Execute();
            }
            catch (Exception error)
            {
                // SQLite may have ended the transaction itself (a full disk does).
                if (raw.sqlite3_get_autocommit(_connection.Handle) == 0)
                {
                    Execute("ROLLBACK");
                }

                throw error is SqliteException sqlite ? Failed("write to", sqlite) : error;
            }

            _lastWrite = generation;
            if (_firstWrite < 0)
            {
                _firstWrite = generation;
            }

            Writes++;
        }
    }

    /// <summary>Whether a catalog of this generation sees anything here.</summary>
    internal bool HoldsAny(long generation) => _firstWrite >= 0 && generation >= _firstWrite;

    /// <summary>Adds to <paramref name="ids"/> (made when needed) the ids not already there of names with this exact key.</summary>
    internal void AddIdsByExact(string exactKey, long generation, ref List<string>? ids)
    {
        if (exactKey.Length > 0 && HoldsAny(generation) && _filter.MayBeExact(KeyFilter.HashOf(exactKey)))
        {
            AddIds(Lookup(exactKey, generation).Exact, ref ids);
        }
    }

    /// <summary>Adds to <paramref name="ids"/> (made when needed) the ids not already there of names with this compact key.</summary>
    internal void AddIdsByCompact(string compactKey, long generation, ref List<string>? ids)
    {
        if (compactKey.Length > 0 && HoldsAny(generation) && _filter.MayBeCompact(KeyFilter.HashOf(compactKey)))
        {
            AddIds(Lookup(compactKey, generation).Compact, ref ids);
        }
    }

    /// <summary>The entity as generation <paramref name="generation"/> last wrote it here.</summary>
    internal bool TryGet(string id, long generation, out Entity entity)
    {
        entity = null!;
        if (!HoldsAny(generation) || !_filter.MayBeId(id))
        {
            return false;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // The cache holds what the newest write says; an older snapshot asks the disk.
            var newest = generation >= _lastWrite;
            if (newest && _entities.TryGet(id, out entity))
            {
                return true;
            }

            DiskLookups++;
            if (_entityById.Bind(1, id).Bind(2, generation).ReadFirstBytes() is not { } body)
            {
                return false;
            }

            entity = EntityCodec.Decode(body);
            if (newest)
            {
                _entities.Add(id, entity);
            }

            return true;
        }
    }

    /// <summary>Ids of model families (models without a family) whose compact name starts with the key, as written here.</summary>
    internal List<string> FamilyRootsStartingWith(string compactPrefix, long generation)
    {
        var ids = new List<string>();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            DiskLookups++;
            // Blobs compare byte by byte: every key that starts with the prefix's bytes lies below the prefix followed
            // by four 0xFF bytes (U+FFFF twice, a noncharacter). The caller checks each entity it reads back.
            ReadOnlySpan<byte> low = MemoryMarshal.AsBytes(compactPrefix.AsSpan());
            var high = new byte[low.Length + 4];
            low.CopyTo(high);
            high.AsSpan(low.Length).Fill(0xFF);
            _familyRoots.BindBytes(1, low).BindBytes(2, high).Bind(3, generation).ReadTexts(ids);
        }

        return ids;
    }

    /// <summary>Ids of every entity generation <paramref name="generation"/> sees here.</summary>
    internal List<string> SpilledIds(long generation)
    {
        var ids = new List<string>();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _spilledIds.Bind(1, generation).ReadTexts(ids);
        }

        return ids;
    }

    /// <summary>Whether some name held here may start with this folded character (<see cref="NameKeys.Fold"/>).</summary>
    internal bool MayStartWith(char folded) => _filter.MayStartWith(folded);

    /// <summary>
    /// The longest name held here that starts at <paramref name="start"/> of the analysis text, by the rules of
    /// <see cref="CharTrie.TryMatchLongest"/> (folded characters; Latin names start and end on word boundaries). The
    /// filter walks the text as a trie would and stops where no key has that prefix; the disk confirms the longest
    /// ends the filter let through.
    /// </summary>
    internal bool TryMatchLongest(string text, int start, long generation, out int end, out List<string> ids)
    {
        end = -1;
        ids = null!;
        var folded = NameKeys.Fold(text[start]);
        if (!HoldsAny(generation) || !_filter.MayStartWith(folded))
        {
            return false;
        }

        if (!_filter.MayStartAt(text, start, folded) ||
            (CharClass.IsWordCore(text[start]) && !CharClass.IsWordBoundary(text, start)))
        {
            return false;
        }

        var hash = KeyFilter.Step(KeyFilter.Empty, folded);
        var limit = Math.Min(text.Length, start + _filter.LongestKey);
        Span<int> ends = limit - start <= 256 ? stackalloc int[limit - start] : new int[limit - start];
        var endCount = 0;
        for (var i = start; i < limit; i++)
        {
            if (i > start)
            {
                hash = KeyFilter.Step(hash, NameKeys.Fold(text[i]));
                if (!_filter.MayBePrefix(hash))
                {
                    break;
                }
            }

            if (i - start + 1 >= _filter.ShortestKey && _filter.MayBeExact(hash) &&
                (!CharClass.IsWordCore(text[i]) || CharClass.IsWordBoundary(text, i + 1)))
            {
                ends[endCount++] = i + 1;
            }
        }

        if (endCount == 0)
        {
            return false;
        }

        Span<char> key = ends[endCount - 1] - start <= 256 ? stackalloc char[ends[endCount - 1] - start] : new char[ends[endCount - 1] - start];
        NameKeys.FoldNormalized(text.AsSpan(start, key.Length), key);
        for (var e = endCount - 1; e >= 0; e--)
        {
            var found = Lookup(key[..(ends[e] - start)], generation).Exact;
            if (found.Length > 0)
            {
                end = ends[e];
                ids = [.. found];
                return true;
            }
        }

        return false;
    }

    private static string? FamilyRootOf(Entity entity) =>
        entity.Type == EntityType.Model && entity.FamilyId is null ? NameKeys.Compact(entity.Name) : null;

    private static void AddIds(string[] found, ref List<string>? ids)
    {
        if (found.Length == 0)
        {
            return;
        }

        ids ??= new List<string>(found.Length);
        IdLists.AddNew(ids, found);
    }

    /// <summary>The ids of names with this key, as generation <paramref name="generation"/> sees them.</summary>
    private NamedIds Lookup(ReadOnlySpan<char> key, long generation)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // The caches hold what the newest write says; an older snapshot asks the disk.
            var newest = generation >= _lastWrite;
            if (newest && _keys.TryGet(key, out var cached))
            {
                return cached;
            }

            DiskLookups++;
            var exact = new List<string>();
            var compact = new List<string>();
            using (var rows = _idsByKey.Bind(1, key).Bind(2, generation).Query())
            {
                while (rows.Read())
                {
                    var id = rows.Text(0);
                    var kinds = rows.Integer(1);
                    if ((kinds & ExactKind) != 0)
                    {
                        IdLists.AddNew(exact, id);
                    }

                    if ((kinds & CompactKind) != 0)
                    {
                        IdLists.AddNew(compact, id);
                    }

                    if (newest && !_entities.Contains(id) && rows.Bytes(2) is { } body)
                    {
                        _entities.Add(id, EntityCodec.Decode(body));
                    }
                }
            }

            var ids = exact.Count == 0 && compact.Count == 0 ? NamedIds.None : new NamedIds([.. exact], [.. compact]);
            if (newest)
            {
                _keys.Add(new string(key), ids);
            }

            return ids;
        }
    }

    private void InsertName(string key, int kinds, string id, long generation)
    {
        if (key.Length > 0)
        {
            _insertName.Bind(1, key).Bind(2, kinds).Bind(3, id).Bind(4, generation).Execute();
        }
    }

    /// <summary>
    /// The error a run stops with when the file fails, naming where it is made and what to do. The catalog cannot go on
    /// learning without it, and after a failed write the file is not read again: it keeps no journal to roll back with.
    /// </summary>
    private static TupuException Failed(string doing, SqliteException error) => new(
        ErrorCode.CatalogSpillFailed,
        $"Could not {doing} the temporary file that holds the learned names the catalog does not keep in memory: {error.Message} " +
        "It is made in SQLite's directory for temporary files (SQLITE_TMPDIR or TMPDIR when set, else /var/tmp, /usr/tmp " +
        "or /tmp); free space there, or set TMPDIR to a directory with room.",
        error);

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Strings in the order SQLite sorts the blobs of their UTF-16 bytes.</summary>
    private sealed class BlobOrder : IComparer<string>
    {
        public static readonly BlobOrder Instance = new();

        public int Compare(string? x, string? y) =>
            MemoryMarshal.AsBytes((x ?? string.Empty).AsSpan()).SequenceCompareTo(MemoryMarshal.AsBytes((y ?? string.Empty).AsSpan()));
    }
}
