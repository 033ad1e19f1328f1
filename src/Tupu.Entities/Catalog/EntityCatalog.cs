using System.Collections.Frozen;
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
/// they are merged, so learning never rebuilds everything per article. A catalog built with a
/// <see cref="CatalogSpill"/> holds at most <see cref="CatalogSpill.NamesInMemory"/> learned names in memory: past that,
/// its learned names and entities move to the spill's file, and its memory no longer grows with what it learns.
/// Which layer, or the spill, holds a name never changes an answer: learned ids come back sorted, and the learned
/// names are scanned as one.
/// </remarks>
public sealed class EntityCatalog
{
    private const int SmallTierLimit = 64;

    private EntityCatalog(
        ImmutableDictionary<string, Entity> entities,
        FamilyRoots familyRoots,
        NameTier baseTier,
        NameTier learnedLarge,
        NameTier learnedSmall,
        FrozenSet<string> lexiconIds,
        CatalogSpill? spill,
        long generation)
    {
        EntitiesById = entities;
        FamilyRoots = familyRoots;
        Base = baseTier;
        LearnedLarge = learnedLarge;
        LearnedSmall = learnedSmall;
        LexiconIds = lexiconIds;
        Spill = spill;
        Generation = generation;
    }

    /// <summary>Number of entities known (those in the spill read back from its file).</summary>
    public int Count => EntitiesById.Count + SpilledOnly().Count();

    /// <summary>All entities known, in id order (those in the spill read back from its file).</summary>
    public IEnumerable<Entity> Entities =>
        EntitiesById.Values.Concat(SpilledOnly().Select(Get)).OrderBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The entities held in memory: the lexicon's, and those learned since the catalog last spilled.</summary>
    internal ImmutableDictionary<string, Entity> EntitiesById { get; }

    /// <summary>The family rows among <see cref="EntitiesById"/>, by compact name.</summary>
    internal FamilyRoots FamilyRoots { get; }

    /// <summary>The ids of lexicon entities: they stay in memory when the catalog spills.</summary>
    internal FrozenSet<string> LexiconIds { get; }

    internal CatalogSpill? Spill { get; }

    /// <summary>Which of its spill's rows this snapshot sees: those written at this generation or before.</summary>
    internal long Generation { get; }

    /// <summary>Lexicon and stored names: what <see cref="MentionRecognizer"/> scans for.</summary>
    internal NameTier Base { get; }

    internal NameTier LearnedLarge { get; }

    internal NameTier LearnedSmall { get; }

    /// <summary>
    /// Builds a catalog from a lexicon and the entities an earlier run stored (their learned aliases included). With a
    /// <paramref name="spill"/> (one per catalog), learned names past its limit are kept on disk instead of in memory,
    /// and <paramref name="known"/> is read once, one entity at a time: the stored entities that are not lexicon
    /// entities move to the spill in groups as they come, so a large store is never held in memory whole.
    /// </summary>
    public static EntityCatalog Build(EntityLexicon lexicon, IEnumerable<Entity> known, CatalogSpill? spill = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(known);
        var generation = spill?.Claim(-1) ?? 0;
        // Lexicon names are what recognition scans for. Names that only stored entities carry (learned aliases,
        // discoveries of earlier runs) go where names learned during this run go, so an article resolves the same
        // whether what it relies on was learned a moment ago or read back from the store (a rerun after a kill).
        var lexiconEntities = lexicon.Entries.Select(LexiconEntities.ToEntity).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var baseTier = NameTier.Build(lexiconEntities.SelectMany(NamesOf), fuzzy: true, keepNames: false);
        var lexiconNames = lexiconEntities.ToDictionary(e => e.Id, e => new HashSet<string>(NameList(e), StringComparer.Ordinal), StringComparer.Ordinal);
        var entities = ImmutableDictionary.CreateBuilder<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in lexiconEntities)
        {
            entities[entity.Id] = entity;
        }

        var stored = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var storedNames = 0;
        foreach (var entity in known)
        {
            if (lexiconNames.ContainsKey(entity.Id))
            {
                entities[entity.Id] = EntityMerge.Merge(entities[entity.Id], entity);
                continue;
            }

            // An id met again after its first copy moved to the spill merges with that copy, as in memory.
            var merged = stored.TryGetValue(entity.Id, out var seen) || (spill is not null && spill.TryGet(entity.Id, generation, out seen))
                ? EntityMerge.Merge(seen, entity)
                : entity;
            stored[entity.Id] = merged;
            storedNames += 1 + merged.Aliases.Length;
            if (spill is not null && storedNames > spill.NamesInMemory)
            {
                spill.Write(generation, LearnedNames(stored.Values, lexiconNames, baseTier), stored.Values);
                stored.Clear();
                storedNames = 0;
            }
        }

        foreach (var entity in stored.Values)
        {
            entities[entity.Id] = entity;
        }

        var all = entities.ToImmutable();
        var learned = LearnedNames(all.Values, lexiconNames, baseTier);
        var lexiconIds = lexiconEntities.Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal);
        var learnedTier = NameTier.Build(learned, fuzzy: false, keepNames: spill is not null, rootArray: true);
        return new EntityCatalog(all, FamilyRoots.Of(all.Values), baseTier, learnedTier, NameTier.Empty, lexiconIds, spill, generation).SpillIfFull();
    }

    /// <summary>
    /// Builds the lexicon layer's fuzzy index (a Lucene index of its names, about a tenth of a second) now rather than
    /// at the first fuzzy lookup, so a run pays it before its first article instead of inside it. Returns this catalog.
    /// </summary>
    public EntityCatalog WithFuzzyIndexBuilt()
    {
        Base.BuildFuzzyIndex();
        return this;
    }

    /// <summary>The names of these entities that the lexicon's layer does not already give them, in entity id order.</summary>
    private static List<NameEntry> LearnedNames(
        IEnumerable<Entity> entities,
        Dictionary<string, HashSet<string>> lexiconNames,
        NameTier baseTier) =>
        entities
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .SelectMany(e => NamesOf(e, lexiconNames.TryGetValue(e.Id, out var names) ? names : new HashSet<string>()))
            .Where(n => !baseTier.Knows(n.Exact, n.EntityId))
            .Distinct()
            .ToList();

    /// <summary>The entity with this id, when known.</summary>
    public bool TryGet(string id, [MaybeNullWhen(false)] out Entity entity) =>
        EntitiesById.TryGetValue(id, out entity) || (Spill is not null && Spill.TryGet(id, Generation, out entity));

    /// <summary>The entity with this id, which the caller knows the catalog holds.</summary>
    internal Entity Get(string id) =>
        TryGet(id, out var entity) ? entity : throw new KeyNotFoundException($"The catalog holds no entity {id}.");

    /// <summary>
    /// A new catalog that also knows the document's entities and every surface form the document taught (learned
    /// aliases, discoveries), so later articles resolve to them. This catalog is unchanged.
    /// </summary>
    public EntityCatalog Learn(ResolvedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var generation = Spill?.Claim(Generation) ?? Generation + 1;
        var entities = EntitiesById;
        var familyRoots = FamilyRoots;
        var learned = new List<NameEntry>();
        foreach (var (id, seen) in document.Entities.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // A document names each id once, so this catalog's own entry (in memory or in the spill) is the one to merge.
            var merged = TryGet(id, out var existing) ? EntityMerge.Merge(existing, seen) : seen;
            if (existing is not null && (ReferenceEquals(merged, existing) ||
                (merged.Aliases.SequenceEqual(existing.Aliases, StringComparer.Ordinal) && merged == existing with { Aliases = merged.Aliases })))
            {
                continue;
            }

            entities = entities.SetItem(id, merged);
            familyRoots = familyRoots.Replace(existing, merged);
            // Only names this article added need keys: the others are indexed already.
            var before = existing is null ? [] : new HashSet<string>(NameList(existing), StringComparer.Ordinal);
            learned.AddRange(NamesOf(merged, before).Where(n => !Knows(n.Exact, id)));
        }

        if (learned.Count == 0)
        {
            return With(entities, familyRoots, LearnedLarge, LearnedSmall, generation);
        }

        learned = learned.Distinct().ToList();
        var smallCount = LearnedSmall.Count + learned.Count;
        // The small layer grows in place (an article costs its own names), but its lookups walk versions and its trie
        // has no first-character array; extending the large layer copies it (its size L). Moving the small layer into
        // the large one when it outgrows sqrt(64 L) balances the two. With a spill, the learned layers never outgrow
        // the spill's limit, and copies of the large layer (arrays large enough for the collector's large-object heap,
        // whose churn set off full collections several times a second) would only be thrown away at the next spill:
        // everything learned grows the small layer until the spill takes it.
        if (Spill is not null || smallCount <= Math.Max(SmallTierLimit, (int)Math.Sqrt(64.0 * LearnedLarge.Count)))
        {
            return With(entities, familyRoots, LearnedLarge, LearnedSmall.Grow(learned), generation).SpillIfFull();
        }

        var large = LearnedLarge.Extend([.. LearnedSmall.Names, .. learned], keepNames: Spill is not null);
        return With(entities, familyRoots, large, NameTier.Empty, generation).SpillIfFull();
    }

    private EntityCatalog With(ImmutableDictionary<string, Entity> entities, FamilyRoots familyRoots, NameTier large, NameTier small, long generation) =>
        new(entities, familyRoots, Base, large, small, LexiconIds, Spill, generation);

    /// <summary>
    /// This catalog, or, when its learned layers hold more names than its spill allows, the same catalog with them and
    /// its learned entities moved to the spill (lexicon entities, learned aliases and all, stay in memory too).
    /// </summary>
    private EntityCatalog SpillIfFull()
    {
        if (Spill is null || LearnedLarge.Count + LearnedSmall.Count <= Spill.NamesInMemory)
        {
            return this;
        }

        Spill.Write(Generation, LearnedLarge.Names.Concat(LearnedSmall.Names), EntitiesById.Values.Where(e => !LexiconIds.Contains(e.Id)));
        var lexiconOnly = EntitiesById.Where(p => LexiconIds.Contains(p.Key)).ToImmutableDictionary(StringComparer.Ordinal);
        return With(lexiconOnly, FamilyRoots.Where(LexiconIds.Contains), NameTier.Build([], fuzzy: false, keepNames: true, rootArray: true), NameTier.Empty, Generation);
    }

    /// <summary>Ids named by this exact key, each once: the base layer's first, then the learned ones in id order.</summary>
    internal IReadOnlyList<string> IdsByExact(string exactKey)
    {
        var learned = Learned(LearnedLarge.ByExact(exactKey), LearnedSmall.ByExact(exactKey));
        Spill?.AddIdsByExact(exactKey, Generation, ref learned);
        return BaseThenLearned(Base.ByExact(exactKey), learned);
    }

    /// <summary>Ids named by this compact key, each once: the base layer's first, then the learned ones in id order.</summary>
    internal IReadOnlyList<string> IdsByCompact(string compactKey)
    {
        var learned = Learned(LearnedLarge.ByCompact(compactKey), LearnedSmall.ByCompact(compactKey));
        Spill?.AddIdsByCompact(compactKey, Generation, ref learned);
        return BaseThenLearned(Base.ByCompact(compactKey), learned);
    }

    /// <summary>
    /// The id of the model family (a model without a family) whose compact name starts with this key, first in id
    /// order: the family row named after a company.
    /// </summary>
    internal string? FamilyNamedAfter(string companyKey)
    {
        var ids = FamilyRoots.IdsStartingWith(companyKey);
        if (Spill is not null && Spill.HoldsAny(Generation))
        {
            // The spill's rows are as it wrote them: an entity learned since is judged as memory holds it.
            ids = ids.Concat(Spill.FamilyRootsStartingWith(companyKey, Generation)
                .Where(id => !EntitiesById.ContainsKey(id) && IsFamilyNamedAfter(Get(id), companyKey)));
        }

        return ids.Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static bool IsFamilyNamedAfter(Entity entity, string companyKey) =>
        entity.Type == EntityType.Model && entity.FamilyId is null && NameKeys.Compact(entity.Name).StartsWith(companyKey, StringComparison.Ordinal);

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
        if (Spill is not null)
        {
            List<string>? exact = null;
            List<string>? compact = null;
            Spill.AddIdsByExact(exactKey, Generation, ref exact);
            Spill.AddIdsByCompact(compactKey, Generation, ref compact);
            AddAll(found, exact, MatchKind.Exact);
            AddAll(found, compact, MatchKind.Compact);
        }

        if (found.Count == 0)
        {
            return [];
        }

        var best = new List<NameCandidate>(found.Count);
        foreach (var candidate in found)
        {
            var at = IndexOf(best, candidate.EntityId);
            if (at < 0)
            {
                best.Add(candidate);
            }
            else if (candidate.Kind < best[at].Kind)
            {
                best[at] = candidate;
            }
        }

        // Loops rather than lambdas here and in BaseThenLearned: this runs for every mention, and their closures and
        // iterators were a twentieth of what resolution allocated.
        for (var i = best.Count - 1; i >= 0; i--)
        {
            if (!TryGet(best[i].EntityId, out _))
            {
                best.RemoveAt(i);
            }
        }

        best.Sort(NameCandidate.ByKindThenId);
        return best;
    }

    private static int IndexOf(List<NameCandidate> candidates, string id)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (string.Equals(candidates[i].EntityId, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void AddAll(List<NameCandidate> found, List<string>? ids, MatchKind kind)
    {
        if (ids is null)
        {
            return;
        }

        foreach (var id in ids)
        {
            found.Add(new NameCandidate(id, kind));
        }
    }

    /// <summary>The ids of both learned layers, each once, or null when neither has any.</summary>
    private static List<string>? Learned(ImmutableArray<string> large, ImmutableArray<string> small)
    {
        if (large.IsEmpty && small.IsEmpty)
        {
            return null;
        }

        var ids = new List<string>(large.Length + small.Length);
        ids.AddRange(large);
        IdLists.AddNew(ids, small);
        return ids;
    }

    private static IReadOnlyList<string> BaseThenLearned(ImmutableArray<string> lexicon, List<string>? learned)
    {
        if (learned is not null && !lexicon.IsEmpty)
        {
            for (var i = learned.Count - 1; i >= 0; i--)
            {
                if (lexicon.Contains(learned[i], StringComparer.Ordinal))
                {
                    learned.RemoveAt(i);
                }
            }
        }

        if (learned is null || learned.Count == 0)
        {
            return lexicon;
        }

        // Which learned layer (or the spill) holds a name depends on when it was learned: the order must not.
        learned.Sort(StringComparer.Ordinal);
        if (lexicon.IsEmpty)
        {
            return learned;
        }

        learned.InsertRange(0, lexicon);
        return learned;
    }

    /// <summary>Ids of the spill's entities that memory does not hold (memory's version is the newer).</summary>
    private IEnumerable<string> SpilledOnly() =>
        Spill is null || !Spill.HoldsAny(Generation) ? [] : Spill.SpilledIds(Generation).Where(id => !EntitiesById.ContainsKey(id));

    private bool Knows(string exactKey, string id) =>
        Base.Knows(exactKey, id) || LearnedLarge.Knows(exactKey, id) || LearnedSmall.Knows(exactKey, id);

    private static IEnumerable<NameEntry> NamesOf(Entity entity) => NamesOf(entity, new HashSet<string>());

    private static IEnumerable<NameEntry> NamesOf(Entity entity, IReadOnlySet<string> skip) =>
        EntityMerge.IndexableNames(entity, RecognitionData.Default.IsStopword, skip).Select(n => NameEntry.Of(n, entity.Id));

    private static IEnumerable<string> NameList(Entity entity) =>
        new[] { entity.Name, entity.NameEn, entity.NameZh }.OfType<string>().Concat(entity.Aliases);
}
