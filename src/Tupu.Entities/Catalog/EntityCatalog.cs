using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;
using Tupu.Entities.Lexicon;
using Tupu.Entities.Mentions;
using Tupu.Entities.Resolution;

namespace Tupu.Entities;

/// <summary>
/// An immutable snapshot of every entity the tool knows: lexicon entries, entities stored by earlier runs, and those
/// learned from articles resolved so far. Safe to share between threads; <see cref="Learn"/> returns a new snapshot.
/// </summary>
/// <remarks>
/// Names live in three layers: the base (lexicon + stored entities, built once), and two learned layers. Each
/// <see cref="Learn"/> rebuilds only the small learned layer; when it outgrows a quarter of the large one they are
/// merged, so the cost of learning stays proportional to what is learned.
/// </remarks>
public sealed class EntityCatalog
{
    private const int SmallTierLimit = 64;

    private EntityCatalog(ImmutableDictionary<string, Entity> entities, NameTier baseTier, NameTier learnedLarge, NameTier learnedSmall)
    {
        EntitiesById = entities;
        Base = baseTier;
        LearnedLarge = learnedLarge;
        LearnedSmall = learnedSmall;
    }

    /// <summary>Number of entities known.</summary>
    public int Count => EntitiesById.Count;

    /// <summary>All entities known, in id order.</summary>
    public IEnumerable<Entity> Entities => EntitiesById.Values.OrderBy(e => e.Id, StringComparer.Ordinal);

    internal ImmutableDictionary<string, Entity> EntitiesById { get; }

    /// <summary>Lexicon and stored names: what <see cref="MentionRecognizer"/> scans for.</summary>
    internal NameTier Base { get; }

    internal NameTier LearnedLarge { get; }

    internal NameTier LearnedSmall { get; }

    /// <summary>Builds a catalog from a lexicon and the entities an earlier run stored (their learned aliases included).</summary>
    public static EntityCatalog Build(EntityLexicon lexicon, IEnumerable<Entity> known)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(known);
        var entities = ImmutableDictionary.CreateBuilder<string, Entity>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
        {
            entities[entry.Id] = LexiconEntities.ToEntity(entry);
        }

        foreach (var entity in known)
        {
            entities[entity.Id] = entities.TryGetValue(entity.Id, out var existing) ? EntityMerge.Merge(existing, entity) : entity;
        }

        var all = entities.ToImmutable();
        var names = all.Values.OrderBy(e => e.Id, StringComparer.Ordinal).SelectMany(NamesOf);
        return new EntityCatalog(all, NameTier.Build(names), NameTier.Empty, NameTier.Empty);
    }

    /// <summary>The entity with this id, when known.</summary>
    public bool TryGet(string id, [MaybeNullWhen(false)] out Entity entity) => EntitiesById.TryGetValue(id, out entity);

    /// <summary>
    /// A new catalog that also knows the document's entities and every surface form the document taught (learned
    /// aliases, discoveries), so later articles resolve to them. This catalog is unchanged.
    /// </summary>
    public EntityCatalog Learn(ResolvedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = EntitiesById;
        var learned = new List<(string Name, string EntityId)>();
        foreach (var (id, seen) in document.Entities.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var merged = entities.TryGetValue(id, out var existing) ? EntityMerge.Merge(existing, seen) : seen;
            entities = entities.SetItem(id, merged);
            learned.AddRange(NamesOf(merged).Where(n => !Knows(NameKeys.Exact(n.Name), id)));
        }

        if (learned.Count == 0)
        {
            return new EntityCatalog(entities, Base, LearnedLarge, LearnedSmall);
        }

        var small = LearnedSmall.Names.Concat(learned).Distinct().ToList();
        if (small.Count <= Math.Max(SmallTierLimit, LearnedLarge.Count / 4))
        {
            return new EntityCatalog(entities, Base, LearnedLarge, NameTier.Build(small));
        }

        return new EntityCatalog(entities, Base, NameTier.Build(LearnedLarge.Names.Concat(small)), NameTier.Empty);
    }

    /// <summary>Ids named by this exact key in any layer.</summary>
    internal IEnumerable<string> IdsByExact(string exactKey) =>
        Base.ByExact(exactKey).Concat(LearnedLarge.ByExact(exactKey)).Concat(LearnedSmall.ByExact(exactKey)).Distinct(StringComparer.Ordinal);

    /// <summary>Ids named by this compact key in any layer.</summary>
    internal IEnumerable<string> IdsByCompact(string compactKey) =>
        Base.ByCompact(compactKey).Concat(LearnedLarge.ByCompact(compactKey)).Concat(LearnedSmall.ByCompact(compactKey)).Distinct(StringComparer.Ordinal);

    /// <summary>Candidates for a surface from every layer, best match kind per entity.</summary>
    internal IReadOnlyList<NameCandidate> Candidates(string surface) =>
        Base.Candidates(surface)
            .Concat(LearnedLarge.Candidates(surface))
            .Concat(LearnedSmall.Candidates(surface))
            .GroupBy(c => c.EntityId, StringComparer.Ordinal)
            .Select(g => g.MinBy(c => c.Kind))
            .Where(c => EntitiesById.ContainsKey(c.EntityId))
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.EntityId, StringComparer.Ordinal)
            .ToList();

    private bool Knows(string exactKey, string id) =>
        Base.Knows(exactKey, id) || LearnedLarge.Knows(exactKey, id) || LearnedSmall.Knows(exactKey, id);

    private static IEnumerable<(string Name, string EntityId)> NamesOf(Entity entity) =>
        EntityMerge.IndexableNames(entity, RecognitionData.Default.IsStopword).Select(n => (n, entity.Id));
}
