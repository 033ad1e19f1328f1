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
/// <see cref="Learn"/> rebuilds only the small learned layer; when it outgrows about the square root of the large one
/// they are merged, so learning never rebuilds everything per article.
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
        // Lexicon names are what recognition scans for. Names that only stored entities carry (learned aliases,
        // discoveries of earlier runs) go where names learned during this run go, so an article resolves the same
        // whether what it relies on was learned a moment ago or read back from the store (a rerun after a kill).
        var lexiconEntities = lexicon.Entries.Select(LexiconEntities.ToEntity).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var baseTier = NameTier.Build(lexiconEntities.SelectMany(NamesOf), fuzzy: true, keepNames: false);
        var lexiconNames = lexiconEntities.ToDictionary(e => e.Id, e => new HashSet<string>(NameList(e), StringComparer.Ordinal), StringComparer.Ordinal);
        var learned = all.Values
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .SelectMany(e => NamesOf(e, lexiconNames.TryGetValue(e.Id, out var known) ? known : new HashSet<string>()))
            .Where(n => !baseTier.Knows(n.Exact, n.EntityId))
            .Distinct()
            .ToList();
        return new EntityCatalog(all, baseTier, NameTier.Build(learned, fuzzy: false, keepNames: false, rootArray: true), NameTier.Empty);
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
        var learned = new List<NameEntry>();
        foreach (var (id, seen) in document.Entities.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var merged = entities.TryGetValue(id, out var existing) ? EntityMerge.Merge(existing, seen) : seen;
            if (existing is not null && merged.Aliases.SequenceEqual(existing.Aliases, StringComparer.Ordinal) && merged == existing with { Aliases = merged.Aliases })
            {
                continue;
            }

            entities = entities.SetItem(id, merged);
            // Only names this article added need keys: the others are indexed already.
            var before = existing is null ? [] : new HashSet<string>(NameList(existing), StringComparer.Ordinal);
            learned.AddRange(NamesOf(merged, before).Where(n => !Knows(n.Exact, id)));
        }

        if (learned.Count == 0)
        {
            return new EntityCatalog(entities, Base, LearnedLarge, LearnedSmall);
        }

        learned = learned.Distinct().ToList();
        var smallCount = LearnedSmall.Count + learned.Count;
        // Rebuilding the large layer costs its size L; rebuilding the small one costs S per article. S near
        // sqrt(64 L) balances the two, so learning stays cheap per name however many articles came before.
        if (smallCount <= Math.Max(SmallTierLimit, (int)Math.Sqrt(64.0 * LearnedLarge.Count)))
        {
            return new EntityCatalog(entities, Base, LearnedLarge, LearnedSmall.Grow(learned));
        }

        return new EntityCatalog(entities, Base, LearnedLarge.Extend([.. LearnedSmall.Names, .. learned], keepNames: false), NameTier.Empty);
    }

    /// <summary>Ids named by this exact key in any layer, each once, base layer first.</summary>
    internal IReadOnlyList<string> IdsByExact(string exactKey) =>
        Union(Base.ByExact(exactKey), LearnedLarge.ByExact(exactKey), LearnedSmall.ByExact(exactKey));

    /// <summary>Ids named by this compact key in any layer, each once, base layer first.</summary>
    internal IReadOnlyList<string> IdsByCompact(string compactKey) =>
        Union(Base.ByCompact(compactKey), LearnedLarge.ByCompact(compactKey), LearnedSmall.ByCompact(compactKey));

    /// <summary>Candidates for a surface from every layer, best match kind per entity.</summary>
    internal IReadOnlyList<NameCandidate> Candidates(string surface, bool fuzzy)
    {
        var exact = NameKeys.Exact(surface);
        return Candidates(exact, NameKeys.CompactOfExact(exact), fuzzy);
    }

    /// <summary>Candidates for a surface with these keys from every layer, best match kind per entity, best first.</summary>
    internal IReadOnlyList<NameCandidate> Candidates(string exactKey, string compactKey, bool fuzzy)
    {
        var found = new List<NameCandidate>();
        Base.Candidates(exactKey, compactKey, fuzzy, found);
        LearnedLarge.Candidates(exactKey, compactKey, fuzzy: false, found);
        LearnedSmall.Candidates(exactKey, compactKey, fuzzy: false, found);
        if (found.Count == 0)
        {
            return [];
        }

        var best = new List<NameCandidate>(found.Count);
        foreach (var candidate in found)
        {
            var at = best.FindIndex(c => string.Equals(c.EntityId, candidate.EntityId, StringComparison.Ordinal));
            if (at < 0)
            {
                best.Add(candidate);
            }
            else if (candidate.Kind < best[at].Kind)
            {
                best[at] = candidate;
            }
        }

        best.RemoveAll(c => !EntitiesById.ContainsKey(c.EntityId));
        best.Sort(NameCandidate.ByKindThenId);
        return best;
    }

    private static IReadOnlyList<string> Union(ImmutableArray<string> first, ImmutableArray<string> second, ImmutableArray<string> third)
    {
        // A layer lists each id once: when only one layer knows the key, its ids are the answer.
        if (second.IsEmpty && third.IsEmpty)
        {
            return first;
        }

        if (first.IsEmpty && third.IsEmpty)
        {
            return second;
        }

        if (first.IsEmpty && second.IsEmpty)
        {
            return third;
        }

        var ids = new List<string>(first.Length + second.Length + third.Length);
        AddNew(ids, first);
        AddNew(ids, second);
        AddNew(ids, third);
        return ids;
    }

    private static void AddNew(List<string> ids, ImmutableArray<string> layer)
    {
        foreach (var id in layer)
        {
            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }
    }

    private bool Knows(string exactKey, string id) =>
        Base.Knows(exactKey, id) || LearnedLarge.Knows(exactKey, id) || LearnedSmall.Knows(exactKey, id);

    private static IEnumerable<NameEntry> NamesOf(Entity entity) => NamesOf(entity, new HashSet<string>());

    private static IEnumerable<NameEntry> NamesOf(Entity entity, IReadOnlySet<string> skip) =>
        EntityMerge.IndexableNames(entity, RecognitionData.Default.IsStopword, skip).Select(n => NameEntry.Of(n, entity.Id));

    private static IEnumerable<string> NameList(Entity entity) =>
        new[] { entity.Name, entity.NameEn, entity.NameZh }.OfType<string>().Concat(entity.Aliases);
}
