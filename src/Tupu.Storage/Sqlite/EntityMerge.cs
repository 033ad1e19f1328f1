using System.Collections.Immutable;
using Tupu.Domain.Entities;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// GraphBatch's entity merge rule: aliases unioned, names keep the first non-empty value with lexicon entities
/// winning over discovered ones, confidence is the maximum. The stored type never changes.
/// </summary>
internal static class EntityMerge
{
    public static Entity Merge(Entity stored, Entity incoming)
    {
        var incomingWins = stored.Source == EntitySource.Discovered && incoming.Source == EntitySource.Lexicon;
        string? Pick(string? kept, string? offered) =>
            incomingWins ? FirstNonEmpty(offered, kept) : FirstNonEmpty(kept, offered);

        return stored with
        {
            Name = Pick(stored.Name, incoming.Name) ?? stored.Name,
            NameEn = Pick(stored.NameEn, incoming.NameEn),
            NameZh = Pick(stored.NameZh, incoming.NameZh),
            Aliases = Union(stored.Aliases, incoming.Aliases),
            Confidence = Math.Max(stored.Confidence, incoming.Confidence),
            Source = stored.Source == EntitySource.Lexicon || incoming.Source == EntitySource.Lexicon
                ? EntitySource.Lexicon
                : EntitySource.Discovered,
            FamilyId = Pick(stored.FamilyId, incoming.FamilyId),
        };
    }

    /// <summary>
    /// Whether the merge left the stored row as it was (most mentions of a known entity teach it nothing new), so the
    /// row need not be written again: rewriting it dirties its page for the commit all the same.
    /// </summary>
    public static bool SameStoredRow(Entity stored, Entity merged) =>
        stored with { Aliases = merged.Aliases } == merged && stored.Aliases.SequenceEqual(merged.Aliases, StringComparer.Ordinal);

    /// <summary>Distinct, ordinal-sorted aliases (the form <see cref="Entity.Aliases"/> promises).</summary>
    public static ImmutableArray<string> Union(IEnumerable<string> first, IEnumerable<string> second) =>
        [.. first.Concat(second).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string? FirstNonEmpty(string? a, string? b) =>
        !string.IsNullOrEmpty(a) ? a : !string.IsNullOrEmpty(b) ? b : null;
}
