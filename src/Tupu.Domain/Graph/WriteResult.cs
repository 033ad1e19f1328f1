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
    public static IReadOnlyList<TypeCount> Tally(IEnumerable<(string Type, bool Created)> observations) =>
        [.. observations
            .GroupBy(o => o.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TypeCount(g.Key, g.Count(o => o.Created), g.Count(o => !o.Created)))];
}
