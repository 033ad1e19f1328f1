namespace Tupu.Domain.Graph;

/// <summary>What one article's write changed: nodes and relationships created (new keys) and merged (existing keys).</summary>
/// <remarks>The totals count every relationship, structural links (MENTIONS, PUBLISHED) included.</remarks>
public sealed record WriteResult(
    WriteOutcome Outcome,
    int EntitiesCreated,
    int EntitiesMerged,
    int RelationshipsCreated,
    int RelationshipsMerged)
{
    /// <summary>The entities created and merged, by label, in label order.</summary>
    public IReadOnlyList<TypeCount> EntitiesByLabel { get; init; } = [];

    /// <summary>The claims (relationships between entities) created and merged, by type, in type order.</summary>
    public IReadOnlyList<TypeCount> ClaimsByType { get; init; } = [];

    /// <summary>Counts keyed by type, in ordinal type order, from one (type, created) observation per key.</summary>
    /// <remarks>
    /// The serial writer tallies every article, and the types are a handful (the schema's labels and relationship
    /// types): a short list searched in place costs less than grouping.
    /// </remarks>
    public static IReadOnlyList<TypeCount> Tally(IEnumerable<(string Type, bool Created)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var counts = new List<(string Type, int Created, int Merged)>(4);
        foreach (var (type, created) in observations)
        {
            var at = 0;
            while (at < counts.Count && !string.Equals(counts[at].Type, type, StringComparison.Ordinal))
            {
                at++;
            }

            if (at == counts.Count)
            {
                counts.Add((type, 0, 0));
            }

            var (_, made, merged) = counts[at];
            counts[at] = created ? (type, made + 1, merged) : (type, made, merged + 1);
        }

        counts.Sort((a, b) => string.CompareOrdinal(a.Type, b.Type));
        return [.. counts.Select(c => new TypeCount(c.Type, c.Created, c.Merged))];
    }
}
