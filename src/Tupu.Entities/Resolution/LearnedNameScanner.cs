using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Mentions;

namespace Tupu.Entities.Resolution;

/// <summary>
/// Names learned from earlier articles of this run are not in the recogniser's automaton (recognition ran in parallel,
/// before them). The resolver scans for them here, in the gaps between recognised mentions, so a discovery made in one
/// article is found again in the next.
/// </summary>
internal static class LearnedNameScanner
{
    public static MentionedDocument AddLearned(MentionedDocument document, EntityCatalog catalog)
    {
        if (catalog.LearnedLarge.Count == 0 && catalog.LearnedSmall.Count == 0)
        {
            return document;
        }

        var text = document.Document.Text;
        var taken = new bool[text.Length];
        foreach (var mention in document.Mentions)
        {
            Array.Fill(taken, true, mention.Span.Start, mention.Span.Length);
        }

        // Both learned layers are scanned as one: which layer a name sits in depends on when it was learned (or
        // whether it was read back from the store), and must not change the result. Longer names first; a name
        // shared by several entities goes to the one the article already names, else to the first id in order.
        var named = document.Mentions.Select(m => m.LexiconId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var matches = new[] { catalog.LearnedLarge, catalog.LearnedSmall }
            .SelectMany(tier => TrieScanner.Scan(text, tier.Trie))
            .GroupBy(match => (match.Item1.Start, match.Item1.End))
            .Select(g => (Span: g.First().Item1, Ids: g.SelectMany(match => match.Item2).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(match => match.Span.Length)
            .ThenBy(match => match.Span.Start);
        var added = new List<Mention>();
        foreach (var (span, ids) in matches)
        {
            var id = ids.FirstOrDefault(named.Contains) ?? ids[0];
            if (taken.AsSpan(span.Start, span.Length).Contains(true) || !catalog.TryGet(id, out var entity))
            {
                continue;
            }

            Array.Fill(taken, true, span.Start, span.Length);
            added.Add(new Mention(span, entity.Type, EntitySource.Discovered, Confidences.Learned, entity.Id, "learned"));
        }

        if (added.Count == 0)
        {
            return document;
        }

        var mentions = document.Mentions.AddRange(added).Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Mentions = MentionedDocument.CheckedMentions(mentions) };
    }
}
