using System.Globalization;
using Microsoft.Data.Sqlite;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Throws <see cref="TupuException"/> (InvalidEndpoint) when a mention, outlet or relation names an entity that
    /// is neither in the batch nor in the store, or when a relation is not semantic; nothing of the article is kept.
    /// </remarks>
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var attempt = (await WriteManyAsync([batch], cancellationToken))[0];
        return attempt.Result ?? throw attempt.Error!;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// All articles go into one transaction: a failing article is rolled back and reported, the others are kept, and a
    /// killed process leaves the whole group absent. One commit for many articles writes each touched page once instead
    /// of once per article, which was most of the cost of a write. Articles rarely fail, so a group is first written
    /// as it comes; only when one of its articles fails is the group rolled back and written again with each article
    /// inside its own savepoint (see <see cref="WriteGroup"/>).
    /// </remarks>
    public async Task<IReadOnlyList<WriteAttempt>> WriteManyAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            return await WriteGroupAsync(batches, WriteGroup.AsItComes, cancellationToken)
                ?? (await WriteGroupAsync(batches, WriteGroup.ArticleBySavepoint, cancellationToken))!;
        }
        catch (Exception e)
        {
            // The transaction is rolled back: rows the cache took from it were never stored.
            entityRows.Clear();
            if (e is not SqliteException sqlite)
            {
                throw;
            }

            var article = batches.Count == 1 ? $"article {batches[0].Article.Id}" : $"{batches.Count} articles";
            throw new TupuException(ErrorCode.StoreWriteFailed, $"Could not store {article}: {sqlite.Message}", sqlite);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// The group's attempts, committed when any changed the store; null when an article failed while written
    /// <see cref="WriteGroup.AsItComes"/> (nothing of the group is kept then).
    /// </summary>
    private async Task<IReadOnlyList<WriteAttempt>?> WriteGroupAsync(IReadOnlyList<GraphBatch> batches, WriteGroup mode, CancellationToken cancellationToken)
    {
        var attempts = new List<WriteAttempt>(batches.Count);
        // BEGIN IMMEDIATE: take the write lock up front so the unchanged check and the write see the same state.
        await using var transaction = writer.BeginTransaction(deferred: false);
        entityRows.Validate(statements.Long("PRAGMA data_version;"));
        foreach (var batch in batches)
        {
            var attempt = await WriteOneAsync(batch, mode, cancellationToken);
            if (attempt.Error is not null && mode == WriteGroup.AsItComes)
            {
                // The failed article's first steps are in the transaction: drop the whole group (disposing the
                // transaction rolls it back), and what the cache took from it.
                entityRows.Clear();
                return null;
            }

            attempts.Add(attempt);
        }

        if (attempts.Any(a => a.Result is { Outcome: not WriteOutcome.Unchanged }))
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return attempts;
    }

    private async Task<WriteAttempt> WriteOneAsync(GraphBatch batch, WriteGroup mode, CancellationToken cancellationToken)
    {
        var isolated = mode == WriteGroup.ArticleBySavepoint;
        if (isolated)
        {
            statements.Execute("SAVEPOINT article;");
        }

        try
        {
            var write = new ArticleWrite(statements, entityRows, batch, StepHook);
            var result = await write.RunAsync(cancellationToken);
            if (isolated)
            {
                statements.Execute("RELEASE article;");
            }

            entityRows.Apply(write.RowsAfter);
            return new WriteAttempt(batch, result, null);
        }
        catch (TupuException error)
        {
            Undo();
            return new WriteAttempt(batch, null, error);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            Undo();
            return new WriteAttempt(batch, null, new TupuException(ErrorCode.StoreWriteFailed, $"Could not store article {batch.Article.Id}: {e.Message}", e));
        }

        void Undo()
        {
            if (isolated)
            {
                statements.Execute("ROLLBACK TO article;");
                statements.Execute("RELEASE article;");
            }
        }
    }

    /// <summary>How the articles of a group are written inside its transaction.</summary>
    private enum WriteGroup
    {
        /// <summary>
        /// One after the other, with nothing between them. A savepoint per article made SQLite copy the first change of
        /// every page each article touched into a sub-journal; without them a two-job ingest of 10 MB took 3–5 % less
        /// time. A failing article leaves its first steps in the transaction, so the group is written again isolated.
        /// </summary>
        AsItComes,

        /// <summary>Each article inside its own savepoint, rolled back to it when the article fails.</summary>
        ArticleBySavepoint,
    }

    /// <summary>One article's write: the steps of the transaction, in order.</summary>
    private sealed class ArticleWrite(StatementCache statements, EntityRowCache cache, GraphBatch batch, Func<WriteStep, Task>? hook)
    {
        private readonly Dictionary<string, Entity?> entityRows = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EntityType> referenced = new(StringComparer.Ordinal);
        private readonly HashSet<string> orphanCandidates = new(StringComparer.Ordinal);
        private readonly List<(string Label, bool Created)> entityChanges = [];
        private readonly List<(string Type, bool Created)> claimChanges = [];
        private int structuralCreated;
        private long articleSeq;

        private string ArticleId => batch.Article.Id;

        /// <summary>The entity rows this article read or wrote, as they stand after it (null: deleted).</summary>
        public IReadOnlyDictionary<string, Entity?> RowsAfter => entityRows;

        public async Task<WriteResult> RunAsync(CancellationToken ct)
        {
            var previous = FindPrevious();
            if (previous is { Hash: var hash } && string.Equals(hash, batch.Article.ContentHash, StringComparison.Ordinal))
            {
                return new WriteResult(WriteOutcome.Unchanged, 0, 0, 0, 0);
            }

            if (previous is not null)
            {
                RemoveArticle(previous.Value.Seq);
            }

            await StepAsync(WriteStep.PreviousVersionRemoved);
            MergeEntities();
            await StepAsync(WriteStep.EntitiesMerged);
            InsertArticle();
            await StepAsync(WriteStep.ArticleInserted);
            InsertMentions();
            await StepAsync(WriteStep.MentionsInserted);
            InsertRelations();
            await StepAsync(WriteStep.RelationsInserted);
            RemoveOrphans();
            await StepAsync(WriteStep.OrphansRemoved);
            ct.ThrowIfCancellationRequested();

            return new WriteResult(
                previous is null ? WriteOutcome.Inserted : WriteOutcome.Replaced,
                entityChanges.Count(c => c.Created),
                entityChanges.Count(c => !c.Created),
                structuralCreated + claimChanges.Count(c => c.Created),
                claimChanges.Count(c => !c.Created))
            {
                EntitiesByLabel = WriteResult.Tally(entityChanges),
                ClaimsByType = WriteResult.Tally(claimChanges),
            };
        }

        private Task StepAsync(WriteStep step) => hook?.Invoke(step) ?? Task.CompletedTask;

        private (long Seq, string Hash)? FindPrevious()
        {
            using var rows = statements.Get(
                "SELECT seq, content_hash FROM article WHERE source_key = $source OR id = $id ORDER BY id = $id DESC LIMIT 1;",
                ("$source", batch.Article.SourceKey),
                ("$id", ArticleId)).Query();
            return rows.Read() ? (rows.Integer(0), rows.Text(1)) : null;
        }

        /// <summary>
        /// Deletes a previous version's own rows; its entities become candidates for removal, and the claims only it had
        /// evidence for leave the store's claims.
        /// </summary>
        private void RemoveArticle(long previousSeq)
        {
            using (var rows = statements.Get(ReferencedBySql, ("$seq", previousSeq)).Query())
            {
                while (rows.Read())
                {
                    orphanCandidates.Add(rows.Text(0));
                }
            }

            statements.Execute(SqliteSchema.EvidenceByClaim);
            statements.Execute(
                """
                DELETE FROM claim WHERE rel_id IN (SELECT rel_id FROM evidence WHERE article_seq = $seq)
                    AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.rel_id = claim.rel_id AND e.article_seq <> $seq);
                """,
                ("$seq", previousSeq));

            // mention and evidence rows go with the article (ON DELETE CASCADE).
            statements.Execute("DELETE FROM article WHERE seq = $seq;", ("$seq", previousSeq));
            statements.Execute(SqliteSchema.MentionsByEntity);
        }

        /// <summary>The entities an article references: those it mentions, its outlet and the speakers of its evidence.</summary>
        private const string ReferencedBySql = """
            SELECT entity_id FROM mention WHERE article_seq = $seq
            UNION SELECT outlet_id FROM article WHERE seq = $seq AND outlet_id IS NOT NULL
            UNION SELECT attributed_to FROM evidence WHERE article_seq = $seq AND attributed_to IS NOT NULL;
            """;

        private void MergeEntities()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var incoming in batch.Entities)
            {
                var (row, created) = MergeEntity(incoming);
                if (seen.Add(incoming.Id))
                {
                    entityChanges.Add((Labels.Of(row.Type), created));
                }

                entityRows[incoming.Id] = row;
                referenced[incoming.Id] = row.Type;
            }
        }

        /// <summary>Stores one incoming entity: inserted when new, else merged into the stored row (written only if it changed).</summary>
        private (Entity Row, bool Created) MergeEntity(Entity incoming)
        {
            var stored = KnownRow(incoming.Id);
            if (stored is null)
            {
                // Most entities the cache does not hold are new: insert first, read only when the row exists.
                var fresh = Normalised(incoming);
                if (WriteEntity(InsertEntitySql, fresh) == 1)
                {
                    return (fresh, true);
                }

                stored = ReadEntity(incoming.Id)
                    ?? throw new InvalidOperationException($"Entity {incoming.Id} was neither inserted nor found.");
            }

            var merged = EntityMerge.Merge(stored, incoming);
            if (!EntityMerge.SameStoredRow(stored, merged))
            {
                WriteEntity(UpsertEntitySql, merged);
            }

            return (merged, false);
        }

        /// <summary>The row as this article left it, else as the cache holds it; null when neither knows it.</summary>
        private Entity? KnownRow(string id) =>
            entityRows.TryGetValue(id, out var row) ? row : cache.TryGet(id, out var cached) ? cached : null;

        private static Entity Normalised(Entity entity) =>
            entity with { Aliases = EntityMerge.Union(entity.Aliases, []) };

        private Entity? ReadEntity(string id)
        {
            using var rows = statements.Get($"SELECT {EntityRows.Columns} FROM entity WHERE id = $id;", ("$id", id)).Query();
            return rows.Read() ? EntityRows.Read(rows) : null;
        }

        /// <summary>Inserts a new entity's row; changes nothing (0 rows) when a row with its id is already stored.</summary>
        private const string InsertEntitySql = """
            INSERT INTO entity (id, type, name, name_en, name_zh, aliases, confidence, source, family_id, version_rel_id)
            VALUES ($id, $type, $name, $nameEn, $nameZh, $aliases, $confidence, $source, $family, $versionRel)
            ON CONFLICT (id) DO NOTHING;
            """;

        private const string UpsertEntitySql = """
            INSERT INTO entity (id, type, name, name_en, name_zh, aliases, confidence, source, family_id, version_rel_id)
            VALUES ($id, $type, $name, $nameEn, $nameZh, $aliases, $confidence, $source, $family, $versionRel)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, name_en = excluded.name_en, name_zh = excluded.name_zh, aliases = excluded.aliases,
                confidence = excluded.confidence, source = excluded.source, family_id = excluded.family_id,
                version_rel_id = excluded.version_rel_id;
            """;

        private int WriteEntity(string sql, Entity entity) => statements.Execute(
            sql,
            ("$id", entity.Id),
            ("$type", Labels.Of(entity.Type)),
            ("$name", entity.Name),
            ("$nameEn", entity.NameEn),
            ("$nameZh", entity.NameZh),
            ("$aliases", EntityRows.EncodeAliases(entity.Aliases)),
            ("$confidence", entity.Confidence),
            ("$source", EntityRows.SourceText(entity.Source)),
            ("$family", entity.FamilyId),
            ("$versionRel", entity.FamilyId is null ? null : RelationshipIds.Of(RelationType.VersionOf, entity.Id, entity.FamilyId)));

        private void InsertArticle()
        {
            var article = batch.Article;
            string? publishedRel = null;
            if (batch.OutletId is { } outlet)
            {
                RequireEntity(outlet, "outlet");
                publishedRel = RelationshipIds.Of(RelationType.Published, outlet, article.Id);
                structuralCreated++;
            }

            // The store numbers articles as they are written (see SqliteSchema.V3ToV4): their rows are keyed by it.
            using var inserted = statements.Get(
                """
                INSERT INTO article (id, source_key, content_hash, title, url, outlet, published, language, encoding, outlet_id, published_rel_id)
                VALUES ($id, $source, $hash, $title, $url, $outlet, $published, $language, $encoding, $outletId, $publishedRel)
                RETURNING seq;
                """,
                ("$id", article.Id),
                ("$source", article.SourceKey),
                ("$hash", article.ContentHash),
                ("$title", article.Title),
                ("$url", article.Url),
                ("$outlet", article.Outlet),
                ("$published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("$language", article.Language),
                ("$encoding", article.Encoding),
                ("$outletId", batch.OutletId),
                ("$publishedRel", publishedRel)).Query();
            articleSeq = inserted.Read() ? inserted.Integer(0) : throw new InvalidOperationException($"Article {article.Id} was not numbered.");
        }

        private void InsertMentions()
        {
            // An article MENTIONS every entity it has evidence about (graph-schema/README.md), as in the Neo4j store.
            var mentions = batch.Mentions;
            var rows = new string[mentions.Length][];
            for (var i = 0; i < mentions.Length; i++)
            {
                RequireEntity(mentions[i].EntityId, "mentioned entity");
                rows[i] = [mentions[i].EntityId, mentions[i].RelationshipId];
                structuralCreated++;
            }

            // One statement for the article's rows (SQLite walks a JSON array of [entity, relationship id] pairs): the
            // per-statement cost of one INSERT per row was most of the time of this step.
            statements.Execute(
                """
                INSERT INTO mention (article_seq, entity_id, rel_id)
                SELECT $article, value ->> 0, value ->> 1 FROM json_each($rows) ORDER BY key;
                """,
                ("$article", articleSeq),
                ("$rows", System.Text.Json.JsonSerializer.Serialize(rows, StoreJson.Default.StringArrayArray)));
        }

        private void InsertRelations()
        {
            var rows = new List<(string RelId, Relation Relation)>();
            var claims = new List<(string RelId, string Type)>();
            var counted = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Relations.Length; i++)
            {
                var relation = batch.Relations[i];
                if (!relation.Type.IsSemantic())
                {
                    throw new TupuException(ErrorCode.InvalidEndpoint, $"{relation.Type.SchemaName()} is not a relation between entities.");
                }

                var subjectType = RequireEntity(relation.SubjectId, "relation subject");
                var objectType = RequireEntity(relation.ObjectId, "relation object");
                if (!relation.Type.Allows(subjectType, objectType))
                {
                    throw new TupuException(
                        ErrorCode.InvalidEndpoint,
                        $"Article {ArticleId}: {relation.Type.SchemaName()} cannot join {subjectType} '{relation.SubjectId}' to {objectType} '{relation.ObjectId}'.");
                }

                var relId = batch.RelationIds[i];
                rows.Add((relId, relation));
                if (counted.Add(relId))
                {
                    claims.Add((relId, relation.Type.SchemaName()));
                }
            }

            if (rows.Count == 0)
            {
                return;
            }

            // A claim is new when no other article has evidence for it yet (this article's old rows are gone).
            var added = AddClaims(claims);
            foreach (var (relId, type) in claims)
            {
                claimChanges.Add((type, added.Contains(relId)));
            }

            EvidenceInsert.Run(statements, articleSeq, rows);
        }

        /// <summary>Adds the article's claims to the store's claims; returns those that were not there yet.</summary>
        private HashSet<string> AddClaims(List<(string RelId, string Type)> claims)
        {
            var added = new HashSet<string>(StringComparer.Ordinal);
            using var rows = statements.Get(
                "INSERT INTO claim (rel_id) SELECT value FROM json_each($ids) WHERE true ON CONFLICT (rel_id) DO NOTHING RETURNING rel_id;",
                ("$ids", SqliteCommands.JsonArray(claims.Select(c => c.RelId)))).Query();
            while (rows.Read())
            {
                added.Add(rows.Text(0));
            }

            return added;
        }

        private void RemoveOrphans()
        {
            foreach (var id in orphanCandidates.Order(StringComparer.Ordinal))
            {
                var deleted = statements.Execute(
                    """
                    DELETE FROM entity WHERE id = $id
                        AND NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = $id)
                        AND NOT EXISTS (SELECT 1 FROM article WHERE outlet_id = $id)
                        AND NOT EXISTS (SELECT 1 FROM evidence WHERE attributed_to = $id);
                    """,
                    ("$id", id));
                if (deleted > 0)
                {
                    entityRows[id] = null;
                }
            }
        }

        /// <summary>The type of an entity the batch or the store knows; anything else is an invalid endpoint.</summary>
        private EntityType RequireEntity(string id, string role)
        {
            if (referenced.TryGetValue(id, out var type))
            {
                return type;
            }

            using (var rows = statements.Get("SELECT type FROM entity WHERE id = $id;", ("$id", id)).Query())
            {
                if (!rows.Read())
                {
                    throw new TupuException(ErrorCode.InvalidEndpoint, $"Article {ArticleId}: {role} '{id}' is not a known entity.");
                }

                type = Enum.Parse<EntityType>(rows.Text(0));
            }

            referenced[id] = type;
            return type;
        }
    }
}
