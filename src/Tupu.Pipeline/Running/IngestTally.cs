using Tupu.Domain.Graph;

namespace Tupu.Pipeline.Running;

/// <summary>
/// Counts what an ingest changed: articles by outcome, and entities and claims by label and type as the store reports
/// them (a key new to the store is created, one it held is merged), so the tally holds no keys and its size does not
/// grow with the corpus or the store.
/// </summary>
internal sealed class IngestTally
{
    private readonly SortedDictionary<string, (int Created, int Merged)> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Created, int Merged)> _relationships = new(StringComparer.Ordinal);
    private readonly List<ArticleFailure> _failures = [];
    private readonly Lock _gate = new();

    public int Inserted { get; private set; }

    public int Replaced { get; private set; }

    public int Unchanged { get; private set; }

    public long Bytes { get; private set; }

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
    public void Written(WriteResult result, long bytes)
    {
        lock (_gate)
        {
            Count(result, bytes);
        }
    }

    private void Count(WriteResult result, long bytes)
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

        Add(_entities, result.EntitiesByLabel);
        Add(_relationships, result.ClaimsByType);
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

    private static void Add(SortedDictionary<string, (int Created, int Merged)> counts, IReadOnlyList<TypeCount> changes)
    {
        foreach (var change in changes)
        {
            var (created, merged) = counts.GetValueOrDefault(change.Type);
            counts[change.Type] = (created + change.Created, merged + change.Merged);
        }
    }
}
