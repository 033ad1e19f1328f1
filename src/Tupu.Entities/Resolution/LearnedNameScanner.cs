using System.Buffers;
using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;
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
        if (catalog.LearnedLarge.Count == 0 && catalog.LearnedSmall.Count == 0 && catalog.Spill?.HoldsAny(catalog.Generation) != true)
        {
            return document;
        }

        var text = document.Document.Text;
        // A slot a character, from the shared pool (made new for each article, a twentieth of what resolution allocated).
        var rented = ArrayPool<bool>.Shared.Rent(text.Length);
        try
        {
            return AddLearned(document, catalog, rented.AsSpan(0, text.Length));
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(rented);
        }
    }

    private static MentionedDocument AddLearned(MentionedDocument document, EntityCatalog catalog, Span<bool> taken)
    {
        var text = document.Document.Text;
        taken.Clear();
        foreach (var mention in document.Mentions)
        {
            taken.Slice(mention.Span.Start, mention.Span.Length).Fill(true);
        }

        // The learned layers and the spill are scanned as one: which of them holds a name depends on when it was
        // learned (or whether it was read back from the store), and must not change the result. Longer names first; a
        // name shared by several entities goes to the one the article already names, else to the first id in order.
        var matches = Matches(text, taken, catalog);
        if (matches.Count == 0)
        {
            return document;
        }

        var named = document.Mentions.Select(m => m.LexiconId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = new List<Mention>();
        foreach (var (span, ids) in matches)
        {
            var id = ids.Count == 1 ? ids[0] : ids.FirstOrDefault(named.Contains) ?? ids[0];
            if (taken.Slice(span.Start, span.Length).Contains(true) || !catalog.TryGet(id, out var entity))
            {
                continue;
            }

            taken.Slice(span.Start, span.Length).Fill(true);
            added.Add(new Mention(span, entity.Type, EntitySource.Discovered, Confidences.Learned, entity.Id, "learned"));
        }

        if (added.Count == 0)
        {
            return document;
        }

        var mentions = document.Mentions.AddRange(added).Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Mentions = MentionedDocument.CheckedMentions(mentions) };
    }

    /// <summary>
    /// At every position outside the recognised mentions (<paramref name="taken"/>: a name starting inside one would
    /// overlap it), the longest learned name that starts there (in either learned layer or the spill) with the ids of
    /// all that hold it; longer spans first, then by start. Every such position is tried, not only those after a match:
    /// a layer's own leftmost-longest scan would hide a longer name that starts inside a shorter one.
    /// </summary>
    private static List<(TextSpan Span, List<string> Ids)> Matches(string text, ReadOnlySpan<bool> taken, EntityCatalog catalog)
    {
        var large = catalog.LearnedLarge.Trie;
        var small = catalog.LearnedSmall.Trie;
        var spill = catalog.Spill is { } held && held.HoldsAny(catalog.Generation) ? held : null;
        var matches = new List<(TextSpan Span, List<string> Ids)>();
        for (var start = 0; start < text.Length; start++)
        {
            // A Latin name starts on a word boundary (every source checks it): the middle of a word starts none.
            if (taken[start] || (CharClass.IsWordCore(text[start]) && !CharClass.IsWordBoundary(text, start)))
            {
                continue;
            }

            // Most other positions start no learned name either: one folded character and three bit tests say so.
            var folded = NameKeys.Fold(text[start]);
            var inLarge = large.Count > 0 && large.MayStartWithFolded(folded);
            var inSmall = small.Count > 0 && small.MayStartWithFolded(folded);
            var inSpill = spill is not null && spill.MayStartWith(folded);
            if (!(inLarge | inSmall | inSpill))
            {
                continue;
            }

            var longest = -1;
            List<string>? ids = null;
            if (inLarge && large.TryMatchLongest(text, start, out var end, out var found))
            {
                Keep(end, found, ref longest, ref ids);
            }

            if (inSmall && small.TryMatchLongest(text, start, out end, out found))
            {
                Keep(end, found, ref longest, ref ids);
            }

            if (inSpill && spill!.TryMatchLongest(text, start, catalog.Generation, out end, out var spilled))
            {
                Keep(end, spilled, ref longest, ref ids);
            }

            if (ids is not null)
            {
                ids.Sort(StringComparer.Ordinal);
                matches.Add((new TextSpan(start, longest), ids));
            }
        }

        matches.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Span.Start.CompareTo(b.Span.Start));
        return matches;
    }

    /// <summary>Keeps the longer of two matches at one start, or both's ids when they end alike.</summary>
    private static void Keep(int end, IEnumerable<string> found, ref int longest, ref List<string>? ids)
    {
        if (end > longest)
        {
            longest = end;
            ids = [.. found];
        }
        else if (end == longest && ids is not null)
        {
            IdLists.AddNew(ids, found);
        }
    }
}
