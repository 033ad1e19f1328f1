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

        var added = new List<Mention>();
        foreach (var tier in new[] { catalog.LearnedLarge, catalog.LearnedSmall })
        {
            foreach (var (span, ids) in TrieScanner.Scan(text, tier.Trie))
            {
                if (taken.AsSpan(span.Start, span.Length).Contains(true) || !catalog.TryGet(ids[0], out var entity))
                {
                    continue;
                }

                Array.Fill(taken, true, span.Start, span.Length);
                added.Add(new Mention(span, entity.Type, EntitySource.Discovered, Confidences.Learned, entity.Id, "learned"));
            }
        }

        if (added.Count == 0)
        {
            return document;
        }

        var mentions = document.Mentions.AddRange(added).Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Mentions = MentionedDocument.CheckedMentions(mentions) };
    }
}
