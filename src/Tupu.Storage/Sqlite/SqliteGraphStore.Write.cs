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
    /// All articles go into one transaction, each inside its own savepoint: a failing article is rolled back to its
    /// savepoint and reported, the others are kept, and a killed process leaves the whole group absent. One commit for
    /// many articles writes each touched page once instead of once per article, which was most of the cost of a write.
    /// </remarks>
    public async Task<IReadOnlyList<WriteAttempt>> WriteManyAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var attempts = new List<WriteAttempt>(batches.Count);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            // BEGIN IMMEDIATE: take the write lock up front so the unchanged check and the write see the same state.
            await using var transaction = writer.BeginTransaction(deferred: false);
            commands.Transaction = transaction;
            entityRows.Validate(await commands.LongAsync("PRAGMA data_version;", cancellationToken));
            foreach (var batch in batches)
            {
                attempts.Add(await WriteOneAsync(transaction, batch, cancellationToken));
            }

            if (attempts.Any(a => a.Result is { Outcome: not WriteOutcome.Unchanged }))
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return attempts;
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
            commands.Transaction = null;
            writeLock.Release();
        }
    }

    private async Task<WriteAttempt> WriteOneAsync(SqliteTransaction transaction, GraphBatch batch, CancellationToken cancellationToken)
    {
        const string savepoint = "article";
        await transaction.SaveAsync(savepoint, cancellationToken);
        try
        {
            var write = new ArticleWrite(commands, entityRows, batch, StepHook);
            var result = await write.RunAsync(cancellationToken);
            await transaction.ReleaseAsync(savepoint, cancellationToken);
            entityRows.Apply(write.RowsAfter);
            return new WriteAttempt(batch, result, null);
        }
        catch (TupuException error)
        {
            await UndoAsync();
            return new WriteAttempt(batch, null, error);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            await UndoAsync();
            return new WriteAttempt(batch, null, new TupuException(ErrorCode.StoreWriteFailed, $"Could not store article {batch.Article.Id}: {e.Message}", e));
        }

        async Task UndoAsync()
        {
            await transaction.RollbackAsync(savepoint, cancellationToken);
            await transaction.ReleaseAsync(savepoint, cancellationToken);
        }
    }

    /// <summary>One article's write: the steps of the transaction, in order.</summary>
    private sealed class ArticleWrite(CommandCache commands, EntityRowCache cache, GraphBatch batch, Func<WriteStep, Task>? hook)
    {
        private readonly Dictionary<string, Entity?> entityRows = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EntityType> referenced = new(StringComparer.Ordinal);
        private readonly HashSet<string> orphanCandidates = new(StringComparer.Ordinal);
        private readonly List<(string Label, bool Created)> entityChanges = [];
        private readonly List<(string Type, bool Created)> claimChanges = [];
        private int structuralCreated;

        private string ArticleId => batch.Article.Id;

        /// <summary>The entity rows this article read or wrote, as they stand after it (null: deleted).</summary>
        public IReadOnlyDictionary<string, Entity?> RowsAfter => entityRows;

        public async Task<WriteResult> RunAsync(CancellationToken ct)
        {
            var previous = await FindPreviousAsync(ct);
            if (previous is { Hash: var hash } && string.Equals(hash, batch.Article.ContentHash, StringComparison.Ordinal))
            {
                return new WriteResult(WriteOutcome.Unchanged, 0, 0, 0, 0);
            }

            if (previous is not null)
            {
                await RemoveArticleAsync(previous.Value.Id, ct);
            }

            await StepAsync(WriteStep.PreviousVersionRemoved);
            await MergeEntitiesAsync(ct);
            await StepAsync(WriteStep.EntitiesMerged);
            await InsertArticleAsync(ct);
            await StepAsync(WriteStep.ArticleInserted);
            await InsertMentionsAsync(ct);
            await StepAsync(WriteStep.MentionsInserted);
            await InsertRelationsAsync(ct);
            await InsertReferencesAsync(ct);
            await StepAsync(WriteStep.RelationsInserted);
            await RemoveOrphansAsync(ct);
            await StepAsync(WriteStep.OrphansRemoved);

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

        private async Task<(string Id, string Hash)?> FindPreviousAsync(CancellationToken ct)
        {
            var command = commands.Get(
                "SELECT id, content_hash FROM article WHERE source_key = $source OR id = $id ORDER BY id = $id DESC LIMIT 1;",
                ("$source", batch.Article.SourceKey),
                ("$id", ArticleId));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
        }

        /// <summary>Deletes a previous version's own rows; its entities become candidates for removal.</summary>
        private async Task RemoveArticleAsync(string previousId, CancellationToken ct)
        {
            await using (var reader = await commands.Get("SELECT entity_id FROM entity_article WHERE article_id = $id;", ("$id", previousId)).ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    orphanCandidates.Add(reader.GetString(0));
                }
            }

            // mention, evidence and entity_article rows go with the article (ON DELETE CASCADE).
            await commands.ExecuteAsync("DELETE FROM article WHERE id = $id;", ct, ("$id", previousId));
        }

        private async Task MergeEntitiesAsync(CancellationToken ct)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var incoming in batch.Entities)
            {
                var stored = KnownRow(incoming.Id);
                var merged = Normalised(incoming);
                var created = false;
                if (stored is null)
                {
                    // Most entities the cache does not hold are new: insert first, read only when the row exists.
                    created = await InsertEntityAsync(merged, ct) == 1;
                    stored = created ? null : await ReadEntityAsync(incoming.Id, ct)
                        ?? throw new InvalidOperationException($"Entity {incoming.Id} was neither inserted nor found.");
                }

                if (stored is not null)
                {
                    merged = EntityMerge.Merge(stored, incoming);
                    if (!EntityMerge.SameStoredRow(stored, merged))
                    {
                        await UpsertEntityAsync(merged, ct);
                    }
                }

                if (seen.Add(incoming.Id))
                {
                    entityChanges.Add((Labels.Of(merged.Type), created));
                }

                entityRows[incoming.Id] = merged;
                referenced[incoming.Id] = merged.Type;
            }
        }

        /// <summary>The row as this article left it, else as the cache holds it; null when neither knows it.</summary>
        private Entity? KnownRow(string id) =>
            entityRows.TryGetValue(id, out var row) ? row : cache.TryGet(id, out var cached) ? cached : null;

        private static Entity Normalised(Entity entity) =>
            entity with { Aliases = EntityMerge.Union(entity.Aliases.IsDefault ? [] : entity.Aliases, []) };

        private async Task<Entity?> ReadEntityAsync(string id, CancellationToken ct)
        {
            await using var reader = await commands.Get($"SELECT {EntityRows.Columns} FROM entity WHERE id = $id;", ("$id", id)).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? EntityRows.Read(reader) : null;
        }

        /// <summary>Inserts a new entity's row; 0 when a row with its id is already stored (nothing written).</summary>
        private Task<int> InsertEntityAsync(Entity entity, CancellationToken ct) => WriteEntityAsync(
            """
            INSERT INTO entity (id, type, name, name_en, name_zh, aliases, confidence, source, family_id, version_rel_id)
            VALUES ($id, $type, $name, $nameEn, $nameZh, $aliases, $confidence, $source, $family, $versionRel)
            ON CONFLICT (id) DO NOTHING;
            """,
            entity,
            ct);

        private Task<int> UpsertEntityAsync(Entity entity, CancellationToken ct) => WriteEntityAsync(
            """
            INSERT INTO entity (id, type, name, name_en, name_zh, aliases, confidence, source, family_id, version_rel_id)
            VALUES ($id, $type, $name, $nameEn, $nameZh, $aliases, $confidence, $source, $family, $versionRel)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, name_en = excluded.name_en, name_zh = excluded.name_zh, aliases = excluded.aliases,
                confidence = excluded.confidence, source = excluded.source, family_id = excluded.family_id,
                version_rel_id = excluded.version_rel_id;
            """,
            entity,
            ct);

        private Task<int> WriteEntityAsync(string sql, Entity entity, CancellationToken ct) => commands.ExecuteAsync(
            sql,
            ct,
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

        private async Task InsertArticleAsync(CancellationToken ct)
        {
            var article = batch.Article;
            string? publishedRel = null;
            if (batch.OutletId is { } outlet)
            {
                await RequireEntityAsync(outlet, "outlet", ct);
                publishedRel = RelationshipIds.Of(RelationType.Published, outlet, article.Id);
                structuralCreated++;
            }

            await commands.ExecuteAsync(
                """
                INSERT INTO article (id, source_key, content_hash, title, url, outlet, published, language, encoding, outlet_id, published_rel_id)
                VALUES ($id, $source, $hash, $title, $url, $outlet, $published, $language, $encoding, $outletId, $publishedRel);
                """,
                ct,
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
                ("$publishedRel", publishedRel));
        }

        private async Task InsertMentionsAsync(CancellationToken ct)
        {
            // An article MENTIONS every entity it has evidence about (graph-schema/README.md), as in the Neo4j store.
            var mentioned = batch.MentionedEntityIds
                .Concat(batch.Relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var rows = new string[mentioned.Count][];
            for (var i = 0; i < mentioned.Count; i++)
            {
                await RequireEntityAsync(mentioned[i], "mentioned entity", ct);
                rows[i] = [mentioned[i], RelationshipIds.Of(RelationType.Mentions, ArticleId, mentioned[i])];
                structuralCreated++;
            }

            // One statement for the article's rows (SQLite walks a JSON array of [entity, relationship id] pairs): the
            // per-statement cost of one INSERT per row was most of the time of this step.
            await commands.ExecuteAsync(
                """
                INSERT INTO mention (article_id, entity_id, rel_id)
                SELECT $article, value ->> 0, value ->> 1 FROM json_each($rows) ORDER BY key;
                """,
                ct,
                ("$article", ArticleId),
                ("$rows", System.Text.Json.JsonSerializer.Serialize(rows, StoreJson.Default.StringArrayArray)));
        }

        private async Task InsertRelationsAsync(CancellationToken ct)
        {
            var rows = new List<(string RelId, Relation Relation)>();
            var claims = new List<(string RelId, string Type)>();
            var counted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var relation in batch.Relations)
            {
                if (!relation.Type.IsSemantic())
                {
                    throw new TupuException(ErrorCode.InvalidEndpoint, $"{relation.Type.SchemaName()} is not a relation between entities.");
                }

                var subjectType = await RequireEntityAsync(relation.SubjectId, "relation subject", ct);
                var objectType = await RequireEntityAsync(relation.ObjectId, "relation object", ct);
                if (!relation.Type.Allows(subjectType, objectType))
                {
                    throw new TupuException(
                        ErrorCode.InvalidEndpoint,
                        $"Article {ArticleId}: {relation.Type.SchemaName()} cannot join {subjectType} '{relation.SubjectId}' to {objectType} '{relation.ObjectId}'.");
                }

                var relId = RelationshipIds.Of(relation.Type, relation.SubjectId, relation.ObjectId, relation.Certainty == Certainty.Negated);
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
            var known = await StoredClaimsAsync(claims, ct);
            foreach (var (relId, type) in claims)
            {
                claimChanges.Add((type, !known.Contains(relId)));
            }

            await EvidenceInsert.RunAsync(commands, ArticleId, rows, ct);
        }

        private async Task<HashSet<string>> StoredClaimsAsync(List<(string RelId, string Type)> claims, CancellationToken ct)
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            var command = commands.Get(
                "SELECT value FROM json_each($ids) WHERE EXISTS (SELECT 1 FROM evidence WHERE rel_id = value);",
                ("$ids", JsonArray(claims.Select(c => c.RelId))));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                known.Add(reader.GetString(0));
            }

            return known;
        }

        /// <summary>Records every entity the article touches, so removal of orphans knows who still needs them.</summary>
        private Task InsertReferencesAsync(CancellationToken ct) => commands.ExecuteAsync(
            "INSERT OR IGNORE INTO entity_article (entity_id, article_id) SELECT value, $article FROM json_each($ids) ORDER BY key;",
            ct,
            ("$ids", JsonArray(referenced.Keys.Order(StringComparer.Ordinal))),
            ("$article", ArticleId));

        private static string JsonArray(IEnumerable<string> values) =>
            System.Text.Json.JsonSerializer.Serialize(values.ToArray(), StoreJson.Default.StringArray);

        private async Task RemoveOrphansAsync(CancellationToken ct)
        {
            foreach (var id in orphanCandidates.Order(StringComparer.Ordinal))
            {
                var deleted = await commands.ExecuteAsync(
                    """
                    DELETE FROM entity WHERE id = $id
                        AND NOT EXISTS (SELECT 1 FROM entity_article WHERE entity_id = $id);
                    """,
                    ct,
                    ("$id", id));
                if (deleted > 0)
                {
                    entityRows[id] = null;
                }
            }
        }

        /// <summary>The type of an entity the batch or the store knows; anything else is an invalid endpoint.</summary>
        private async Task<EntityType> RequireEntityAsync(string id, string role, CancellationToken ct)
        {
            if (referenced.TryGetValue(id, out var type))
            {
                return type;
            }

            await using (var reader = await commands.Get("SELECT type FROM entity WHERE id = $id;", ("$id", id)).ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct))
                {
                    throw new TupuException(ErrorCode.InvalidEndpoint, $"Article {ArticleId}: {role} '{id}' is not a known entity.");
                }

                type = Enum.Parse<EntityType>(reader.GetString(0));
            }

            referenced[id] = type;
            return type;
        }
    }
}
