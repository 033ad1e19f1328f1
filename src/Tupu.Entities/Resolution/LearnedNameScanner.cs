using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
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
        var matches = Matches(text, catalog);
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

    /// <summary>Matches of both learned layers, one per span with the ids of both, longer spans first, then by start.</summary>
    private static List<(TextSpan Span, List<string> Ids)> Matches(string text, EntityCatalog catalog)
    {
        var bySpan = new Dictionary<TextSpan, List<string>>();
        foreach (var tier in new[] { catalog.LearnedLarge, catalog.LearnedSmall })
        {
            foreach (var (span, ids) in TrieScanner.Scan(text, tier.Trie))
            {
                if (!bySpan.TryGetValue(span, out var all))
                {
                    bySpan[span] = all = [];
                }

                foreach (var id in ids)
                {
                    if (!all.Contains(id, StringComparer.Ordinal))
                    {
                        all.Add(id);
                    }
                }
            }
        }

        var matches = new List<(TextSpan Span, List<string> Ids)>(bySpan.Count);
        foreach (var (span, ids) in bySpan)
        {
            ids.Sort(StringComparer.Ordinal);
            matches.Add((span, ids));
        }

        matches.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Span.Start.CompareTo(b.Span.Start));
        return matches;
    }
}
