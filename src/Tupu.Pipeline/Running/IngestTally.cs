using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Pipeline.Running;

/// <summary>
/// Counts what an ingest changed, by label and relationship type: a key seen for the first time (in the store or in
/// this run) is created, a key seen before is merged.
/// </summary>
internal sealed class IngestTally
{
    private readonly HashSet<string> _entityIds;
    private readonly HashSet<string> _relationKeys;
    private readonly SortedDictionary<string, (int Created, int Merged)> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Created, int Merged)> _relationships = new(StringComparer.Ordinal);
    private readonly List<ArticleFailure> _failures = [];
    private readonly Lock _gate = new();

    public IngestTally(IEnumerable<string> storedEntityIds, IEnumerable<string> storedRelationKeys)
    {
        _entityIds = new HashSet<string>(storedEntityIds, StringComparer.Ordinal);
        _relationKeys = new HashSet<string>(storedRelationKeys, StringComparer.Ordinal);
    }

    public int Inserted { get; private set; }

    public int Replaced { get; private set; }

    public int Unchanged { get; private set; }

    public long Bytes { get; private set; }

    public static string RelationKey(string type, string startId, string endId, bool negated) =>
        string.Join('\u001f', type, startId, endId, negated ? "negated" : "positive");

    public void Fail(string source, string code, string reason)
    {
        lock (_gate)
        {
            _failures.Add(new ArticleFailure(source, code, reason));
        }
    }

    public void SkipUnchanged(long bytes)
    {
        lock (_gate)
        {
            Unchanged++;
            Bytes += bytes;
        }
    }

    // Called by the writer while the reader and the analysis report failures: every mutation holds the gate.
    public void Written(GraphBatch batch, WriteResult result, long bytes)
    {
        lock (_gate)
        {
            Count(batch, result, bytes);
        }
    }

    private void Count(GraphBatch batch, WriteResult result, long bytes)
    {
        Bytes += bytes;
        switch (result.Outcome)
        {
            case WriteOutcome.Unchanged:
                Unchanged++;
                return;
            case WriteOutcome.Replaced:
                Replaced++;
                break;
            default:
                Inserted++;
                break;
        }

        foreach (var entity in batch.Entities)
        {
            Count(_entities, entity.Type.ToString(), _entityIds.Add(entity.Id));
        }

        foreach (var relation in batch.Relations)
        {
            var type = relation.Type.SchemaName();
            var key = RelationKey(type, relation.SubjectId, relation.ObjectId, relation.Certainty == Certainty.Negated);
            Count(_relationships, type, _relationKeys.Add(key));
        }
    }

    public IngestReport Report(TimeSpan elapsed) => new(
        Inserted,
        Replaced,
        Unchanged,
        [.. _failures.OrderBy(f => f.Source, StringComparer.Ordinal)],
        [.. _entities.Select(kv => new TypeCount(kv.Key, kv.Value.Created, kv.Value.Merged))],
        [.. _relationships.Select(kv => new TypeCount(kv.Key, kv.Value.Created, kv.Value.Merged))],
        Bytes,
        elapsed);

    private static void Count(SortedDictionary<string, (int Created, int Merged)> counts, string type, bool created)
    {
        var (c, m) = counts.GetValueOrDefault(type);
        counts[type] = created ? (c + 1, m) : (c, m + 1);
    }
}
