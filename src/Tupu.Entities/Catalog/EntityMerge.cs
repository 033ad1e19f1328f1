using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Catalog;

/// <summary>How two views of one entity combine: names from the more authoritative one, aliases from both.</summary>
internal static class EntityMerge
{
    /// <summary>The two views combined; <paramref name="known"/> itself when <paramref name="seen"/> adds nothing to it.</summary>
    public static Entity Merge(Entity known, Entity seen)
    {
        // Seen with the very aliases known has (a view of the same entity): sorted aliases hold themselves already.
        var aliases = known.Aliases == seen.Aliases && IsSorted(known.Aliases) ? known.Aliases : WithAliases(known.Aliases, seen.Aliases);
        var nameEn = known.NameEn ?? seen.NameEn;
        var nameZh = known.NameZh ?? seen.NameZh;
        var familyId = known.FamilyId ?? seen.FamilyId;
        var lexicon = known.Source == EntitySource.Lexicon;
        var name = lexicon ? known.Name : nameEn ?? known.Name;
        var confidence = lexicon ? known.Confidence : Math.Max(known.Confidence, seen.Confidence);
        var source = lexicon || seen.Source == EntitySource.Lexicon ? EntitySource.Lexicon : known.Source;

        // Most entities an article names are known already, as the article sees them: no copy for those (the catalog
        // learns nothing from them, and asks by reference first).
        if (aliases == known.Aliases && ReferenceEquals(name, known.Name) && ReferenceEquals(nameEn, known.NameEn) &&
            ReferenceEquals(nameZh, known.NameZh) && ReferenceEquals(familyId, known.FamilyId) &&
            confidence.Equals(known.Confidence) && source == known.Source)
        {
            return known;
        }

        return known with
        {
            Aliases = aliases,
            Name = name,
            NameEn = nameEn,
            NameZh = nameZh,
            Confidence = confidence,
            Source = source,
            FamilyId = familyId,
        };
    }

    /// <summary>
    /// <see cref="SortedAliases"/> of both: when <paramref name="known"/> is already in that form and holds every name of
    /// <paramref name="more"/> (the usual case for an entity seen before), it is returned as it is, without copying.
    /// </summary>
    public static ImmutableArray<string> WithAliases(ImmutableArray<string> known, IEnumerable<string> more)
    {
        if (IsSorted(known))
        {
            var allKnown = true;
            foreach (var alias in more)
            {
                var name = alias.Trim();
                if (name.Length > 0 && ImmutableArray.BinarySearch(known, name, StringComparer.Ordinal) < 0)
                {
                    allKnown = false;
                    break;
                }
            }

            if (allKnown)
            {
                return known;
            }
        }

        return SortedAliases(known.Concat(more));
    }

    /// <summary>Whether the aliases are already distinct, trimmed, non-empty and ordinal-sorted.</summary>
    private static bool IsSorted(ImmutableArray<string> aliases)
    {
        for (var i = 0; i < aliases.Length; i++)
        {
            var alias = aliases[i];
            if (alias.Length == 0 || char.IsWhiteSpace(alias[0]) || char.IsWhiteSpace(alias[^1]) ||
                (i > 0 && string.CompareOrdinal(aliases[i - 1], alias) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Distinct, trimmed, non-empty, ordinal-sorted: the form <see cref="Entity.Aliases"/> promises.</summary>
    public static ImmutableArray<string> SortedAliases(IEnumerable<string> aliases)
    {
        var trimmed = new List<string>();
        foreach (var alias in aliases)
        {
            var name = alias.Trim();
            if (name.Length > 0)
            {
                trimmed.Add(name);
            }
        }

        trimmed.Sort(StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < trimmed.Count; i++)
        {
            if (distinct == 0 || !string.Equals(trimmed[distinct - 1], trimmed[i], StringComparison.Ordinal))
            {
                trimmed[distinct++] = trimmed[i];
            }
        }

        var builder = ImmutableArray.CreateBuilder<string>(distinct);
        for (var i = 0; i < distinct; i++)
        {
            builder.Add(trimmed[i]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The names of an entity worth indexing: at least two characters and not a generic word.</summary>
    public static IEnumerable<string> IndexableNames(Entity entity, Func<string, bool> isStopword, IReadOnlySet<string> skip) =>
        new[] { entity.Name, entity.NameEn, entity.NameZh }
            .Concat(entity.Aliases)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Where(n => !skip.Contains(n) && n.Trim().Length >= 2 && !isStopword(n));
}
