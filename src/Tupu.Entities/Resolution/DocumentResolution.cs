using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;
using Tupu.Entities.Mentions;

namespace Tupu.Entities.Resolution;

/// <summary>
/// Resolution of one article: mention groups (joined by alias pairs) in text order, each to a catalog entity by its
/// lexicon id, by Lucene candidates, by a short form of a name seen earlier in the article, or else to a new
/// discovered entity with a deterministic id. Then every surface form seen is attached to its entity.
/// </summary>
internal sealed class DocumentResolution
{
    private const double CompactFactor = 0.95;
    private const double FuzzyFactor = 0.8;
    private const double ShortFormFactor = 0.9;

    private readonly EntityCatalog _catalog;
    private readonly MentionedDocument _document;
    private readonly ImmutableArray<Mention> _mentions;
    private readonly RecognitionData _data = RecognitionData.Default;
    private readonly HashSet<string> _articleIds;
    private readonly Dictionary<string, string> _shortForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _discovered = new(StringComparer.Ordinal);
    private readonly string?[] _ids;
    private readonly double[] _confidence;
    private readonly string?[] _surfaces;
    private readonly string?[] _exactKeys;

    public DocumentResolution(EntityCatalog catalog, MentionedDocument document)
    {
        _catalog = catalog;
        _document = document;
        _mentions = document.Mentions;
        _ids = new string?[_mentions.Length];
        _confidence = new double[_mentions.Length];
        _surfaces = new string?[_mentions.Length];
        _exactKeys = new string?[_mentions.Length];
        _articleIds = _mentions.Select(m => m.LexiconId).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public ResolvedDocument Run()
    {
        foreach (var group in MentionGroups.Of(_document))
        {
            if (HasTwoKnownIds(group))
            {
                // The pair joined two different known entities (a company and its product, say): keep them apart.
                foreach (var i in group)
                {
                    ResolveGroup([i]);
                }
            }
            else
            {
                ResolveGroup(group);
            }
        }

        var resolved = ImmutableArray.CreateBuilder<ResolvedMention>(_mentions.Length);
        for (var i = 0; i < _mentions.Length; i++)
        {
            resolved.Add(new ResolvedMention(_mentions[i], _ids[i]!, _confidence[i]));
        }

        return new ResolvedDocument(_document, resolved.MoveToImmutable(), Entities());
    }

    /// <summary>Whether the group's mentions carry two different lexicon ids the catalog knows.</summary>
    private bool HasTwoKnownIds(List<int> group)
    {
        string? first = null;
        foreach (var i in group)
        {
            if (_mentions[i].LexiconId is { } id && _catalog.TryGet(id, out _))
            {
                if (first is null)
                {
                    first = id;
                }
                else if (!string.Equals(first, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ResolveGroup(List<int> group)
    {
        var (id, factor) = Known(group) ?? NewEntity(group);
        foreach (var i in group)
        {
            _ids[i] = id;
            _confidence[i] = Math.Round(_mentions[i].Confidence * factor, 3);
        }

        _articleIds.Add(id);
        var entity = EntityOf(id);
        foreach (var i in group)
        {
            AddShortForms(Surface(i), entity.Type, id);
        }

        AddShortForms(entity.NameEn, entity.Type, id);
        AddShortForms(entity.NameZh, entity.Type, id);
    }

    private void AddShortForms(string? name, EntityType type, string id)
    {
        if (name is null)
        {
            return;
        }

        foreach (var shortForm in ShortForms.Of(name, type, _data))
        {
            _shortForms.TryAdd(NameKeys.Exact(shortForm), id);
        }
    }

    private (string Id, double Factor)? Known(List<int> group)
    {
        foreach (var i in group)
        {
            if (_mentions[i].LexiconId is { } lexiconId && _catalog.TryGet(lexiconId, out _))
            {
                // A name several entities share (ambiguous alias) is chosen again with the article's context.
                var sharing = _catalog.IdsByExact(ExactKey(i));
                if (sharing.Count > 1 && sharing.Contains(lexiconId, StringComparer.Ordinal))
                {
                    var choice = CandidateChooser.Choose(sharing.Select(s => new NameCandidate(s, MatchKind.Exact)), _mentions[i].Type, _catalog, _articleIds);
                    return (choice?.Id ?? lexiconId, 1.0);
                }

                return (lexiconId, 1.0);
            }
        }

        var shortFormFirst = false;
        foreach (var i in group)
        {
            shortFormFirst |= _mentions[i].Cue == "short-form";
        }

        return (shortFormFirst ? ShortForm(group) ?? ByCandidates(group) : ByCandidates(group) ?? ShortForm(group));
    }

    private (string Id, double Factor)? ByCandidates(List<int> group)
    {
        foreach (var i in group)
        {
            // Fuzzy matches never stand for people (CandidateChooser), so they are not even looked up.
            var fuzzy = _mentions[i].Type != EntityType.Person;
            var exact = ExactKey(i);
            var candidates = _catalog.Candidates(exact, NameKeys.CompactOfExact(exact), fuzzy);
            var choice = CandidateChooser.Choose(candidates, _mentions[i].Type, _catalog, _articleIds);
            if (choice is { } found)
            {
                return (found.Id, found.Kind switch { MatchKind.Exact => 1.0, MatchKind.Compact => CompactFactor, _ => FuzzyFactor });
            }
        }

        return null;
    }

    private (string Id, double Factor)? ShortForm(List<int> group)
    {
        foreach (var i in group)
        {
            if (_shortForms.TryGetValue(ExactKey(i), out var id))
            {
                return (id, ShortFormFactor);
            }
        }

        return null;
    }

    private (string Id, double Factor) NewEntity(List<int> group)
    {
        var surfaces = group.Select(Surface).ToList();
        var english = surfaces.FirstOrDefault(s => !NameKeys.HasHan(s));
        var chinese = surfaces.FirstOrDefault(NameKeys.HasHan);
        var type = _mentions[group[0]].Type;
        var id = DiscoveredIds.For(type, english ?? chinese ?? surfaces[0]);
        if (_discovered.ContainsKey(id) || (_catalog.TryGet(id, out var known) && known.Type == type))
        {
            return (id, 1.0);
        }

        var nameZh = chinese is null ? null : ScriptFolding.ToSimplified(chinese);
        var familyId = type == EntityType.Model ? FamilyInference.FamilyOf(_catalog, surfaces, id) : null;
        _discovered[id] = new Entity(
            id,
            type,
            english ?? nameZh ?? surfaces[0],
            english,
            nameZh,
            [],
            group.Max(i => _mentions[i].Confidence),
            EntitySource.Discovered,
            familyId);
        return (id, 1.0);
    }

    private ImmutableDictionary<string, Entity> Entities()
    {
        var surfaces = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < _mentions.Length; i++)
        {
            var list = surfaces.TryGetValue(_ids[i]!, out var existing) ? existing : surfaces[_ids[i]!] = [];
            list.Add(Surface(i));
            if (SourceSurface(i) is { } source)
            {
                list.Add(source);
            }
        }

        var entities = ImmutableDictionary.CreateBuilder<string, Entity>(StringComparer.Ordinal);
        foreach (var (id, seen) in surfaces)
        {
            var entity = EntityOf(id);
            // An English name learned from this article fills a gap; a lone family name is not a person's full name.
            string? english = null;
            foreach (var s in seen)
            {
                if (!NameKeys.HasHan(s) && (entity.Type != EntityType.Person || s.Contains(' ', StringComparison.Ordinal)))
                {
                    english = s;
                    break;
                }
            }

            // The entity's own names are aliases too (their order does not matter: aliases are sorted).
            seen.Add(entity.Name);
            AddIfAny(seen, entity.NameEn);
            AddIfAny(seen, entity.NameZh);
            // Copies only where something changed: most entities an article names are known, and it adds nothing to them.
            var aliases = EntityMerge.WithAliases(entity.Aliases, seen);
            var withSeen = aliases == entity.Aliases ? entity : entity with { Aliases = aliases };
            if (_discovered.ContainsKey(id))
            {
                entities[id] = withSeen;
                continue;
            }

            var nameEn = entity.NameEn ?? english;
            entities[id] = EntityMerge.Merge(entity, ReferenceEquals(nameEn, withSeen.NameEn) ? withSeen : withSeen with { NameEn = nameEn });
        }

        return entities.ToImmutable();
    }

    private static void AddIfAny(List<string> names, string? name)
    {
        if (name is not null)
        {
            names.Add(name);
        }
    }

    private Entity EntityOf(string id) => _discovered.TryGetValue(id, out var entity) ? entity : _catalog.Get(id);

    private string Surface(int index) => _surfaces[index] ??= _document.SurfaceOf(_mentions[index]);

    /// <summary>The exact key of a mention's surface, computed once: several steps look it up.</summary>
    private string ExactKey(int index) => _exactKeys[index] ??= NameKeys.Exact(Surface(index));

    /// <summary>
    /// The surface as the source printed it (英偉達 in a Traditional article), when it differs and is a clean copy:
    /// a span the normaliser shortened (a removed gloss) or that crosses a line is not a name.
    /// </summary>
    private string? SourceSurface(int index)
    {
        var normalised = Surface(index);
        var source = _document.Document.SourceTextOf(_mentions[index].Span).Trim();
        if (source.Length == 0 || string.Equals(source, normalised, StringComparison.Ordinal) || source.Any(char.IsControl) ||
            source.Length > normalised.Length * 2 + 2 || (source.IndexOfAny(['(', '（']) >= 0 && normalised.IndexOf('(', StringComparison.Ordinal) < 0))
        {
            return null;
        }

        return source;
    }
}
