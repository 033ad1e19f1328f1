using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Mentions;

namespace Tupu.Entities;

/// <summary>
/// Fourth stage: finds entity mentions in a tokenized document. Works on characters, not SmartCn tokens (which split
/// unknown names into single characters): catalog names by automaton, then discovery by cues (transliterations,
/// titles, organisation/model/outlet words, versions, parenthesised pairs), then short forms of names seen in full.
/// Immutable and thread-safe: one instance may recognise many documents in parallel.
/// </summary>
public sealed class MentionRecognizer
{
    private readonly EntityCatalog _catalog;
    private readonly RecognitionData _data;

    /// <summary>Recognises the names <paramref name="catalog"/> knows, and discovers others.</summary>
    public MentionRecognizer(EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _data = RecognitionData.Default;
    }

    /// <summary>Mentions sorted and disjoint (longest match won), with alias pairs from parentheses and apposition.</summary>
    public MentionedDocument Recognize(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Document.Text;
        var lexicon = LexiconMatcher.Find(text, _catalog);
        var cues = CueScanner.Find(text, _data, lexicon);
        using var context = new RecognitionContext(document, _catalog, _data, lexicon, cues);

        var candidates = new List<Candidate>(lexicon);
        candidates.AddRange(TransliterationDiscoverer.Find(context));
        candidates.AddRange(VersionDiscoverer.Find(context));
        candidates.AddRange(CueDiscoverer.Find(context));
        candidates.AddRange(OutletTitleDiscoverer.Find(context));
        // Pairs read the candidates found so far: they are collected before being added.
        candidates.AddRange(PairDiscoverer.Find(context, candidates).ToList());
        var mentions = MentionMerger.Merge(text, candidates, _data);

        // Short forms fill gaps only: every mention already accepted keeps its place.
        var taken = new bool[text.Length];
        foreach (var mention in mentions)
        {
            Array.Fill(taken, true, mention.Span.Start, mention.Span.Length);
        }

        var shortForms = ShortFormFinder.Find(text, mentions, _catalog, _data)
            .Where(c => !taken.AsSpan(c.Span.Start, c.Span.Length).Contains(true))
            .Select(c => c.ToMention())
            .ToList();
        if (shortForms.Count > 0)
        {
            mentions = MentionedDocument.CheckedMentions(mentions.AddRange(shortForms).Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start)));
        }

        return new MentionedDocument(document.Document, mentions, AliasPairs(text, mentions, context.Pairs));
    }

    /// <summary>Pairs re-anchored on the accepted mentions (a side may have lost to a longer lexicon match).</summary>
    private ImmutableArray<AliasPair> AliasPairs(string text, ImmutableArray<Mention> mentions, IEnumerable<AliasPair> found)
    {
        var starts = mentions.Select(m => m.Span.Start).ToArray();
        Mention? Anchor(TextSpan span)
        {
            // The last mention starting before the span's end is the only one that can overlap it.
            var index = Array.BinarySearch(starts, span.End - 1);
            index = index >= 0 ? index : ~index - 1;
            return index >= 0 && mentions[index].Span.Overlaps(span) ? mentions[index] : null;
        }

        var pairs = new List<AliasPair>();
        foreach (var pair in found.Concat(AppositionFinder.Find(text, mentions, _data)))
        {
            if (Anchor(pair.First) is { } first && Anchor(pair.Second) is { } second && first.Span != second.Span)
            {
                pairs.Add(new AliasPair(first.Span, second.Span));
            }
        }

        // Each pair once, first occurrence first.
        var seen = new HashSet<AliasPair>();
        var distinct = ImmutableArray.CreateBuilder<AliasPair>(pairs.Count);
        foreach (var pair in pairs)
        {
            if (seen.Add(pair))
            {
                distinct.Add(pair);
            }
        }

        return distinct.ToImmutable();
    }
}
