using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Catalog;

/// <summary>
/// The model family rows (models without a family) a catalog holds in memory, sorted by compact name, so that the
/// family named after a company ("DeepSeek" for DeepSeek-R2) is a prefix search instead of a pass over every entity
/// with a key computed for each. Immutable: a change returns a new set and shares the rest.
/// </summary>
internal sealed class FamilyRoots
{
    private static readonly Comparer<(string Compact, string Id)> ByCompactThenId = Comparer<(string Compact, string Id)>.Create(
        (a, b) => string.CompareOrdinal(a.Compact, b.Compact) is var byCompact and not 0 ? byCompact : string.CompareOrdinal(a.Id, b.Id));

    private readonly ImmutableSortedSet<(string Compact, string Id)> _roots;

    private FamilyRoots(ImmutableSortedSet<(string Compact, string Id)> roots) => _roots = roots;

    public static FamilyRoots Empty { get; } = new(ImmutableSortedSet.Create<(string Compact, string Id)>(ByCompactThenId));

    public int Count => _roots.Count;

    /// <summary>Whether an entity is a family row: a model that belongs to no family.</summary>
    public static bool IsRoot(Entity entity) => entity.Type == EntityType.Model && entity.FamilyId is null;

    public static FamilyRoots Of(IEnumerable<Entity> entities) =>
        new(entities.Where(IsRoot).Select(Entry).ToImmutableSortedSet(ByCompactThenId));

    /// <summary>This set after an entity changed from <paramref name="before"/> (null: it was not held) to <paramref name="after"/>.</summary>
    public FamilyRoots Replace(Entity? before, Entity after)
    {
        var roots = _roots;
        if (before is not null && IsRoot(before))
        {
            roots = roots.Remove(Entry(before));
        }

        if (IsRoot(after))
        {
            roots = roots.Add(Entry(after));
        }

        return roots == _roots ? this : new FamilyRoots(roots);
    }

    /// <summary>The family rows whose id passes <paramref name="keep"/>.</summary>
    public FamilyRoots Where(Func<string, bool> keep) => new(_roots.Where(r => keep(r.Id)).ToImmutableSortedSet(ByCompactThenId));

    /// <summary>Ids of the family rows whose compact name starts with <paramref name="compactPrefix"/>.</summary>
    public IEnumerable<string> IdsStartingWith(string compactPrefix)
    {
        // The first entry at or after (prefix, ""), then on while names keep the prefix: they sort together.
        var at = _roots.IndexOf((compactPrefix, string.Empty));
        for (var i = at < 0 ? ~at : at; i < _roots.Count && _roots[i].Compact.StartsWith(compactPrefix, StringComparison.Ordinal); i++)
        {
            yield return _roots[i].Id;
        }
    }

    private static (string Compact, string Id) Entry(Entity entity) => (NameKeys.Compact(entity.Name), entity.Id);
}
