using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Catalog;

/// <summary>How two views of one entity combine: names from the more authoritative one, aliases from both.</summary>
internal static class EntityMerge
{
    public static Entity Merge(Entity known, Entity seen)
    {
        var aliases = SortedAliases(known.Aliases.Concat(seen.Aliases));
        // Nothing new (the usual case for a known entity): keep the array the catalog already holds.
        if (aliases.AsSpan().SequenceEqual(known.Aliases.AsSpan()))
        {
            aliases = known.Aliases;
        }

        if (known.Source == EntitySource.Lexicon)
        {
            return known with
            {
                Aliases = aliases,
                NameEn = known.NameEn ?? seen.NameEn,
                NameZh = known.NameZh ?? seen.NameZh,
                FamilyId = known.FamilyId ?? seen.FamilyId,
            };
        }

        var nameEn = known.NameEn ?? seen.NameEn;
        return known with
        {
            Aliases = aliases,
            NameEn = nameEn,
            NameZh = known.NameZh ?? seen.NameZh,
            Name = nameEn ?? known.Name,
            Confidence = Math.Max(known.Confidence, seen.Confidence),
            Source = seen.Source == EntitySource.Lexicon ? EntitySource.Lexicon : known.Source,
            FamilyId = known.FamilyId ?? seen.FamilyId,
        };
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
