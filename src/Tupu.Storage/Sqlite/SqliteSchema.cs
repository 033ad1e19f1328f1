using Microsoft.Data.Sqlite;
using Tupu.Domain;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// The embedded store's tables. Per-article rows (article, mention, evidence) are the truth;
/// relationship properties are aggregated from evidence when read, so replacing an article never leaves a stale
/// aggregate behind. Entities are merged on write (their merge rule is monotone: union and max).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Bump when the tables change, and add a step to <see cref="Steps"/>.</summary>
    public const int CurrentVersion = 4;

    private const string CreateV1 = """
        CREATE TABLE entity (
            id             TEXT PRIMARY KEY,
            type           TEXT NOT NULL,
            name           TEXT NOT NULL,
            name_en        TEXT,
            name_zh        TEXT,
            aliases        TEXT NOT NULL,
            confidence     REAL NOT NULL,
            source         TEXT NOT NULL,
            family_id      TEXT,
            version_rel_id TEXT
        ) WITHOUT ROWID;
        CREATE INDEX entity_by_type ON entity (type, id);
        CREATE INDEX entity_by_family ON entity (family_id);

        CREATE TABLE article (
            id               TEXT PRIMARY KEY,
            source_key       TEXT NOT NULL UNIQUE,
            content_hash     TEXT NOT NULL,
            title            TEXT,
            url              TEXT,
            outlet           TEXT,
            published        TEXT,
            language         TEXT,
            encoding         TEXT NOT NULL,
            outlet_id        TEXT REFERENCES entity (id),
            published_rel_id TEXT
        ) WITHOUT ROWID;

        CREATE TABLE mention (
            article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
            entity_id  TEXT NOT NULL REFERENCES entity (id),
            rel_id     TEXT NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID;

        CREATE TABLE evidence (
            rel_id        TEXT NOT NULL,
            type          TEXT NOT NULL,
            subject_id    TEXT NOT NULL REFERENCES entity (id),
            object_id     TEXT NOT NULL REFERENCES entity (id),
            negated       INTEGER NOT NULL,
            article_id    TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
            span_start    INTEGER NOT NULL,
            span_end      INTEGER NOT NULL,
            sentence      TEXT NOT NULL,
            trigger       TEXT NOT NULL,
            certainty     TEXT NOT NULL,
            confidence    REAL NOT NULL,
            attributed_to TEXT,
            role          TEXT,
            current       INTEGER,
            -- A rowid table with a small unique key: rows (long sentences) append in write order, and only the
            -- key index takes the random inserts of hashed relationship ids.
            UNIQUE (rel_id, article_id, span_start, span_end)
        );
        CREATE INDEX evidence_by_article ON evidence (article_id);

        -- Which articles reference an entity: an entity no article references any more is removed.
        CREATE TABLE entity_article (
            entity_id  TEXT NOT NULL REFERENCES entity (id),
            article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
            PRIMARY KEY (entity_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_article_by_article ON entity_article (article_id);
        """;

    /// <summary>
    /// Version 2: which articles reference an entity is read from the rows that reference it (mention, the article's
    /// outlet, evidence speakers) instead of a table repeating them; that table cost a fifth of a write. Mentions by
    /// entity are indexed only once a store first replaces an article (<see cref="MentionsByEntity"/>).
    /// </summary>
    private const string V1ToV2 = """
        DROP TABLE entity_article;
        CREATE INDEX article_by_outlet ON article (outlet_id) WHERE outlet_id IS NOT NULL;
        CREATE INDEX evidence_by_speaker ON evidence (attributed_to) WHERE attributed_to IS NOT NULL;
        """;

    /// <summary>
    /// The index the orphan check needs when an article is replaced ("does any other article mention this entity").
    /// Only replacements read it, and keeping it up to date was the costliest part of inserting mentions (one random
    /// page per mention row, written again at every commit), so it is built by the first replacement (one sort of the
    /// mention table) and maintained from then on; a store that is only ever appended to never pays for it.
    /// </summary>
    public const string MentionsByEntity = "CREATE INDEX IF NOT EXISTS mention_by_entity ON mention (entity_id);";

    /// <summary>
    /// Version 3: evidence is keyed by article first, and the claims the store holds are a table of their own.
    /// <para>
    /// A relationship id is a hash, so an index led by it takes each evidence row at a random page: about 16 a news
    /// article, and in a large store nearly every one a page of its own, written again at every commit. Over a 200 MB
    /// ingest the writer's CPU an article grew from 0.45 to 0.77 ms, most of it in that index and the commit. Keyed by
    /// article, an article's evidence rows share a page or two, and that key also serves what <c>evidence_by_article</c>
    /// served.
    /// </para>
    /// <para>
    /// Whether a claim is new to the store is then asked of <c>claim</c>, one row per distinct relationship id with
    /// evidence; a claim already stored is a read, so only new claims (about 6 in 10 of an article's) take a random
    /// page. Evidence by relationship id is indexed only once a store first replaces an article
    /// (<see cref="EvidenceByClaim"/>), when a claim whose evidence went with the old version must leave <c>claim</c>.
    /// </para>
    /// </summary>
    private const string V2ToV3 = """
        CREATE TABLE evidence_v3 (
            rel_id        TEXT NOT NULL,
            type          TEXT NOT NULL,
            subject_id    TEXT NOT NULL REFERENCES entity (id),
            object_id     TEXT NOT NULL REFERENCES entity (id),
            negated       INTEGER NOT NULL,
            article_id    TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
            span_start    INTEGER NOT NULL,
            span_end      INTEGER NOT NULL,
            sentence      TEXT NOT NULL,
            trigger       TEXT NOT NULL,
            certainty     TEXT NOT NULL,
            confidence    REAL NOT NULL,
            attributed_to TEXT,
            role          TEXT,
            current       INTEGER,
            UNIQUE (article_id, rel_id, span_start, span_end)
        );
        INSERT INTO evidence_v3 (rowid, rel_id, type, subject_id, object_id, negated, article_id, span_start, span_end,
                                 sentence, trigger, certainty, confidence, attributed_to, role, current)
            SELECT rowid, rel_id, type, subject_id, object_id, negated, article_id, span_start, span_end,
                   sentence, trigger, certainty, confidence, attributed_to, role, current
            FROM evidence ORDER BY rowid;
        DROP TABLE evidence;
        ALTER TABLE evidence_v3 RENAME TO evidence;
        CREATE INDEX evidence_by_speaker ON evidence (attributed_to) WHERE attributed_to IS NOT NULL;

        CREATE TABLE claim (rel_id TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO claim SELECT DISTINCT rel_id FROM evidence ORDER BY rel_id;
        """;

    /// <summary>
    /// The index a replacement needs to tell whether a claim the old version had evidence for still has any
    /// (<see cref="V2ToV3"/>). Built by a store's first replacement (one sort of the evidence keys) and maintained from then on.
    /// </summary>
    public const string EvidenceByClaim = "CREATE INDEX IF NOT EXISTS evidence_by_claim ON evidence (rel_id);";

    /// <summary>
    /// Version 4: an article's mention and evidence rows are keyed by its sequence number in the store (<c>seq</c>,
    /// given in write order), not by its id.
    /// <para>
    /// An article id is a hash, so keyed by it each article's rows went to a random page of the two largest tables
    /// (mention and evidence are about 70 % of a store): a commit of 128 articles dirtied as many pages in each, every
    /// one of them copied again by the next checkpoint, and in a large store most of them not in the page cache. Keyed
    /// by a number that grows as articles are written, a group's rows fill the last pages of each table: the 200 MB
    /// synthetic corpus took 59.5 and 60.2 s instead of 68.8 and 69.2 s, and its store is 648 MB instead of 768 MB.
    /// </para>
    /// <para>
    /// A replaced article is numbered again after the others, since its rows are written again (it gets its old number
    /// back only when it was the last). Migrated articles are numbered in id order, and their evidence rows keep their
    /// order (evidence is still a rowid table: rows append as they come).
    /// </para>
    /// </summary>
    private const string V3ToV4 = """
        ALTER TABLE evidence RENAME TO evidence_v3;
        ALTER TABLE mention RENAME TO mention_v3;
        ALTER TABLE article RENAME TO article_v3;

        CREATE TABLE article (
            seq              INTEGER PRIMARY KEY,
            id               TEXT NOT NULL UNIQUE,
            source_key       TEXT NOT NULL UNIQUE,
            content_hash     TEXT NOT NULL,
            title            TEXT,
            url              TEXT,
            outlet           TEXT,
            published        TEXT,
            language         TEXT,
            encoding         TEXT NOT NULL,
            outlet_id        TEXT REFERENCES entity (id),
            published_rel_id TEXT
        );
        INSERT INTO article (id, source_key, content_hash, title, url, outlet, published, language, encoding, outlet_id, published_rel_id)
            SELECT id, source_key, content_hash, title, url, outlet, published, language, encoding, outlet_id, published_rel_id
            FROM article_v3 ORDER BY id;

        CREATE TABLE mention (
            article_seq INTEGER NOT NULL REFERENCES article (seq) ON DELETE CASCADE,
            entity_id   TEXT NOT NULL REFERENCES entity (id),
            rel_id      TEXT NOT NULL,
            PRIMARY KEY (article_seq, entity_id)
        ) WITHOUT ROWID;
        INSERT INTO mention (article_seq, entity_id, rel_id)
            SELECT a.seq, m.entity_id, m.rel_id FROM mention_v3 m JOIN article a ON a.id = m.article_id
            ORDER BY a.seq, m.entity_id;

        CREATE TABLE evidence (
            rel_id        TEXT NOT NULL,
            type          TEXT NOT NULL,
            subject_id    TEXT NOT NULL REFERENCES entity (id),
            object_id     TEXT NOT NULL REFERENCES entity (id),
            negated       INTEGER NOT NULL,
            article_seq   INTEGER NOT NULL REFERENCES article (seq) ON DELETE CASCADE,
            span_start    INTEGER NOT NULL,
            span_end      INTEGER NOT NULL,
            sentence      TEXT NOT NULL,
            trigger       TEXT NOT NULL,
            certainty     TEXT NOT NULL,
            confidence    REAL NOT NULL,
            attributed_to TEXT,
            role          TEXT,
            current       INTEGER,
            UNIQUE (article_seq, rel_id, span_start, span_end)
        );
        INSERT INTO evidence (rel_id, type, subject_id, object_id, negated, article_seq, span_start, span_end,
                              sentence, trigger, certainty, confidence, attributed_to, role, current)
            SELECT e.rel_id, e.type, e.subject_id, e.object_id, e.negated, a.seq, e.span_start, e.span_end,
                   e.sentence, e.trigger, e.certainty, e.confidence, e.attributed_to, e.role, e.current
            FROM evidence_v3 e JOIN article a ON a.id = e.article_id
            ORDER BY a.seq, e.rowid;

        DROP TABLE evidence_v3;
        DROP TABLE mention_v3;
        DROP TABLE article_v3;
        CREATE INDEX article_by_outlet ON article (outlet_id) WHERE outlet_id IS NOT NULL;
        CREATE INDEX evidence_by_speaker ON evidence (attributed_to) WHERE attributed_to IS NOT NULL;
        """;

    /// <summary>The step from version i to i + 1 is Steps[i]; a new store runs them all, so it equals a migrated one.</summary>
    private static readonly string[] Steps = [CreateV1, V1ToV2, V2ToV3, V3ToV4];

    /// <summary>Switches to WAL, creates the tables of a new store and checks the version of an existing one.</summary>
    public static async Task EnsureAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL is persistent in the file; synchronous=NORMAL is safe against process kills (not power loss) in WAL mode.
        // A checkpoint (WAL pages copied into the file, with two fsyncs) every 65,536 pages (256 MB) instead of SQLite's
        // 1,000: a group of articles dirties thousands of index pages, so with the default every commit checkpointed.
        // A page written many times between two checkpoints is copied once: with 16,384 pages, late in a 200 MB ingest
        // the checkpoints were more than half of the commits' CPU time, and the ingest took 74–77 s instead of 68 s.
        // When an article of a group fails, the group is written again with each article inside a savepoint, and SQLite
        // saves the first change of every page in a savepoint to a sub-journal: temp_store = MEMORY keeps it in memory
        // instead of a temporary file (when every article had a savepoint, the file took two writes per page, two
        // thirds of an ingest's write calls). A 16 MB page cache (SQLite's default is 2 MB)
        // holds a group's dirty pages, so none is spilled into the WAL and read back before the commit.
        await connection.ExecuteAsync(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 65536; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;",
            cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken, transaction);
        var version = await connection.ScalarAsync<long?>("SELECT max(version) FROM schema_version;", cancellationToken, transaction) ?? 0;
        if (version > CurrentVersion)
        {
            throw new TupuException(
                ErrorCode.StoreCorrupt,
                $"The store was written by a newer Tupu (schema version {version}, this one reads {CurrentVersion}).");
        }

        for (var step = version; step < CurrentVersion; step++)
        {
            await connection.ExecuteAsync(Steps[step], cancellationToken, transaction);
            await connection.ExecuteAsync($"INSERT INTO schema_version (version) VALUES ({step + 1});", cancellationToken, transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        if (version is > 0 and < RebuiltAt)
        {
            await GiveBackFreePagesAsync(connection, cancellationToken);
        }
    }

    /// <summary>The version whose step rebuilds the largest tables (<see cref="V3ToV4"/>).</summary>
    private const int RebuiltAt = 4;

    /// <summary>
    /// A migration that rebuilds tables leaves their old pages free inside the file (a 768 MB store of the 200 MB
    /// synthetic corpus became 1.36 GB, half of it free); VACUUM writes the file again without them (3.7 s for that
    /// store). It builds the copy in a temporary file, not in memory as the store's other temporary data.
    /// </summary>
    private static async Task GiveBackFreePagesAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync("PRAGMA temp_store = FILE; VACUUM; PRAGMA temp_store = MEMORY;", cancellationToken);
}
