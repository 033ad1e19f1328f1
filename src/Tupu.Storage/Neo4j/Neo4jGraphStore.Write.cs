using Tupu.Bolt;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Throws <see cref="Tupu.Domain.TupuException"/> (InvalidEndpoint) for a relation the schema does not allow or an
    /// entity that is neither in the batch nor in the database; nothing of the article is written then.
    /// </remarks>
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var plan = ArticleWritePlan.From(batch);
        if (plan.UnknownIds().Count == 0)
        {
            // Everything is known from the batch: reject a forbidden relation before talking to the server.
            plan.CheckEndpoints(plan.KnownLabels);
        }

        await using var session = OpenSession();
        var (result, counters) = await session.ExecuteWriteAsync(
            tx => new ArticleWrite(tx, plan, batchSize, cancellationToken).RunAsync(),
            cancellationToken: cancellationToken);
        Record(counters);
        return result;
    }

    /// <summary>One attempt at writing one article inside one transaction (a retry starts a new attempt).</summary>
    private sealed class ArticleWrite(IAsyncQueryRunner tx, ArticleWritePlan plan, int batchSize, CancellationToken ct)
    {
        private Neo4jCounters counters = Neo4jCounters.Zero;

        public async Task<(WriteResult, Neo4jCounters)> RunAsync()
        {
            var (versions, linked) = await ReadVersionsAsync();
            if (versions.Contains(plan.ArticleId, StringComparer.Ordinal))
            {
                // The id derives from source and content hash: this exact version is stored already.
                return (new WriteResult(WriteOutcome.Unchanged, 0, 0, 0, 0), counters);
            }

            if (versions.Count > 0)
            {
                await RetireAsync(versions);
            }

            var (entitiesCreated, entityRows, entitiesByLabel) = await MergeEntitiesAsync();
            var labels = await ResolveLabelsAsync();
            plan.CheckEndpoints(labels);
            var structuralCreated = await MergeArticleAsync(labels);
            var (claimsCreated, claimRows, claimsByType) = await MergeClaimsAsync(labels);
            if (linked.Count > 0)
            {
                await DeleteOrphansAsync(linked);
            }

            var outcome = versions.Count > 0 ? WriteOutcome.Replaced : WriteOutcome.Inserted;
            return (new WriteResult(
                outcome,
                entitiesCreated,
                entityRows - entitiesCreated,
                claimsCreated + structuralCreated,
                claimRows - claimsCreated)
            {
                EntitiesByLabel = entitiesByLabel,
                ClaimsByType = claimsByType,
            }, counters);
        }

        private async Task<(IReadOnlyList<IRecord> Records, ICounters Counters)> RunAsync(CypherStatement statement, Dictionary<string, object?> parameters)
        {
            var result = await StatementRunner.RunAsync(tx, statement, parameters, ct);
            counters = counters.Add(result.Counters);
            return result;
        }

        private async Task<(List<string> Versions, List<string> Linked)> ReadVersionsAsync()
        {
            var (records, _) = await RunAsync(ArticleStatements.Versions, Parameters(("sourceKey", plan.Batch.Article.SourceKey)));
            var versions = new List<string>();
            var linked = new List<string>();
            foreach (var record in records)
            {
                if (record["id"] is string id && !string.Equals(id, plan.ArticleId, StringComparison.Ordinal))
                {
                    linked.AddRange(Strings(record["linked"]));
                }

                if (record["id"] is string any)
                {
                    versions.Add(any);
                }
            }

            return (versions, linked);
        }

        /// <summary>Removes what earlier versions of this source contributed (GraphBatch: a changed article replaces its own contributions).</summary>
        private async Task RetireAsync(List<string> versions)
        {
            var ids = Parameters(("articleIds", versions.Cast<object?>().ToList()));
            await RunAsync(ArticleStatements.RetireEvidence, ids);
            await RunAsync(ArticleStatements.RetireClaims, ids);
            await RunAsync(ArticleStatements.RetireArticles, ids);
        }

        private async Task<(int Created, int Rows, List<TypeCount> ByLabel)> MergeEntitiesAsync()
        {
            var created = 0;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var byLabel = new List<TypeCount>();
            foreach (var (label, rows) in plan.EntityRows)
            {
                var createdHere = 0;
                foreach (var chunk in StatementRunner.Chunks(rows, batchSize))
                {
                    var (_, c) = await RunAsync(EntityStatements.Merge(label), Parameters(("rows", chunk)));
                    createdHere += c.NodesCreated;
                }

                created += createdHere;
                var labelIds = rows.Select(r => (string)r["id"]!).Distinct(StringComparer.Ordinal).Count();
                byLabel.Add(new TypeCount(label, createdHere, labelIds - createdHere));
                ids.UnionWith(rows.Select(r => (string)r["id"]!));
            }

            foreach (var chunk in StatementRunner.Chunks(plan.FamilyRows, batchSize))
            {
                await RunAsync(EntityStatements.Family, Parameters(("rows", chunk)));
            }

            return (created, ids.Count, [.. byLabel.OrderBy(c => c.Type, StringComparer.Ordinal)]);
        }

        private async Task<Dictionary<string, string>> ResolveLabelsAsync()
        {
            var labels = new Dictionary<string, string>(plan.KnownLabels, StringComparer.Ordinal);
            var unknown = plan.UnknownIds();
            if (unknown.Count == 0)
            {
                return labels;
            }

            var (records, _) = await RunAsync(EntityStatements.ResolveLabels, Parameters(("ids", unknown.Cast<object?>().ToList())));
            foreach (var record in records)
            {
                var label = Strings(record["labels"]).FirstOrDefault(l => EntityStatements.EntityLabels.Contains(l, StringComparer.Ordinal));
                if (record["id"] is string id && label is not null)
                {
                    labels[id] = label;
                }
            }

            return labels;
        }

        private async Task<int> MergeArticleAsync(Dictionary<string, string> labels)
        {
            var created = 0;
            await RunAsync(ArticleStatements.Merge, Parameters(("id", plan.ArticleId), ("properties", plan.ArticleProperties)));
            if (plan.Batch.OutletId is { } outlet)
            {
                if (!string.Equals(plan.LabelOf(labels, outlet, "outlet"), "MediaOutlet", StringComparison.Ordinal))
                {
                    throw new Tupu.Domain.TupuException(Tupu.Domain.ErrorCode.InvalidEndpoint, $"Article {plan.ArticleId}: outlet '{outlet}' is not a MediaOutlet.");
                }

                var (_, c) = await RunAsync(ArticleStatements.Published, Parameters(
                    ("articleId", plan.ArticleId),
                    ("outletId", outlet),
                    ("relationshipId", RelationshipIds.Of(RelationType.Published, outlet, plan.ArticleId))));
                created += c.RelationshipsCreated;
            }

            var byLabel = plan.Mentioned.GroupBy(m => plan.LabelOf(labels, m.EntityId, "mentioned entity"), StringComparer.Ordinal);
            foreach (var group in byLabel.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var rows = group.Select(m => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = m.EntityId,
                    ["relationshipId"] = m.RelationshipId,
                }).ToList();
                foreach (var chunk in StatementRunner.Chunks(rows, batchSize))
                {
                    var (_, c) = await RunAsync(ArticleStatements.Mentions(group.Key), Parameters(("articleId", plan.ArticleId), ("rows", chunk)));
                    created += c.RelationshipsCreated;
                }
            }

            return created;
        }

        private async Task<(int Created, int Rows, List<TypeCount> ByType)> MergeClaimsAsync(Dictionary<string, string> labels)
        {
            var created = 0;
            var byType = new SortedDictionary<string, (int Created, int Rows)>(StringComparer.Ordinal);
            var groups = plan.Claims
                .GroupBy(c => (c.Type, Subject: labels[c.SubjectId], Object: labels[c.ObjectId]))
                .OrderBy(g => g.Key.Type)
                .ThenBy(g => g.Key.Subject, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Object, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var statement = ClaimStatements.Merge(group.Key.Type, group.Key.Subject, group.Key.Object);
                var createdHere = 0;
                foreach (var chunk in StatementRunner.Chunks(group.Select(c => c.ToParameters()).ToList(), batchSize))
                {
                    var (_, c) = await RunAsync(statement, Parameters(("rows", chunk)));
                    createdHere += c.RelationshipsCreated;
                }

                created += createdHere;
                var type = group.Key.Type.SchemaName();
                var (typeCreated, typeRows) = byType.GetValueOrDefault(type);
                byType[type] = (typeCreated + createdHere, typeRows + group.Count());
            }

            return (created, plan.Claims.Count, [.. byType.Select(kv => new TypeCount(kv.Key, kv.Value.Created, kv.Value.Rows - kv.Value.Created))]);
        }

        /// <summary>Entities only the replaced version linked to, and nothing links to now, go with it.</summary>
        private async Task DeleteOrphansAsync(List<string> linked)
        {
            var ids = linked.Distinct(StringComparer.Ordinal).Cast<object?>().ToList();
            foreach (var label in EntityStatements.EntityLabels)
            {
                await RunAsync(EntityStatements.DeleteOrphans(label), Parameters(("ids", ids)));
            }
        }

        private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
            values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

        private static IEnumerable<string> Strings(object? value) =>
            value is System.Collections.IEnumerable list and not string ? list.OfType<string>() : [];
    }
}
