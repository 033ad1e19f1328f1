using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Recogniser 3: a short form (family name, name without suffix) after the full name earlier in the same article.
/// It carries the full mention's lexicon id when there is one; the resolver links the others by the same rule.
/// </summary>
internal static class ShortFormFinder
{
    public static IEnumerable<Candidate> Find(string text, ImmutableArray<Mention> mentions, EntityCatalog catalog, RecognitionData data)
    {
        var firstEnd = new Dictionary<string, (int End, Mention Full)>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            // Only people (family names) and companies (names without a suffix) have short forms.
            if (mention.Type is not (EntityType.Person or EntityType.Company))
            {
                continue;
            }

            foreach (var name in NamesOf(text, mention, catalog))
            {
                foreach (var shortForm in ShortForms.Of(name, mention.Type, data))
                {
                    var key = NameKeys.Exact(shortForm);
                    if (!data.Stoplist.Contains(key))
                    {
                        firstEnd.TryAdd(key, (mention.Span.End, mention));
                    }
                }
            }
        }

        if (firstEnd.Count == 0)
        {
            yield break;
        }

        foreach (var (span, key) in KeyListScanner.Scan(text, [.. firstEnd.Keys]))
        {
            var (end, full) = firstEnd[key];
            if (span.Start >= end)
            {
                yield return new Candidate(span, full.Type, full.Source == EntitySource.Lexicon ? CandidateKind.Lexicon : CandidateKind.Discovered,
                    Confidences.ShortForm, "short-form", full.LexiconId, full.Source);
            }
        }
    }

    private static IEnumerable<string> NamesOf(string text, Mention mention, EntityCatalog catalog)
    {
        yield return mention.Span.Of(text);
        if (mention.LexiconId is { } id && catalog.TryGet(id, out var entity))
        {
            if (entity.NameEn is { } english)
            {
                yield return english;
            }

            if (entity.NameZh is { } chinese)
            {
                yield return chinese;
            }
        }
    }
}
