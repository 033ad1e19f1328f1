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

    /// <summary>
    /// Distinct, ordinal-sorted, non-empty aliases (the form <see cref="Entity.Aliases"/> promises). Inputs already in
    /// that form, as stored rows and mapped entities are, are merged in one pass, and <paramref name="first"/> itself
    /// is returned when <paramref name="second"/> adds nothing (the common case of a known entity mentioned again).
    /// </summary>
    public static ImmutableArray<string> Union(ImmutableArray<string> first, ImmutableArray<string> second)
    {
        first = first.IsDefault ? [] : first;
        second = second.IsDefault ? [] : second;
        if (!InAliasForm(first) || !InAliasForm(second))
        {
            return [.. first.Concat(second).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        var merged = ImmutableArray.CreateBuilder<string>(first.Length + second.Length);
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            var order = string.CompareOrdinal(first[i], second[j]);
            merged.Add(order <= 0 ? first[i] : second[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        if (j == second.Length && merged.Count == i)
        {
            return first;
        }

        merged.AddRange(first.AsSpan()[i..]);
        merged.AddRange(second.AsSpan()[j..]);
        return merged.ToImmutable();
    }

    private static bool InAliasForm(ImmutableArray<string> aliases)
    {
        for (var i = 0; i < aliases.Length; i++)
        {
            if (aliases[i].Length == 0 || (i > 0 && string.CompareOrdinal(aliases[i - 1], aliases[i]) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FirstNonEmpty(string? a, string? b) =>
        !string.IsNullOrEmpty(a) ? a : !string.IsNullOrEmpty(b) ? b : null;
}
