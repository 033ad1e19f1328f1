using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Settles overlaps: version extensions first (they contain the name they extend), then lexicon matches, then
/// discoveries; within a kind the longer span wins, then the more confident. Discoveries that are generic words,
/// numbers or contact details are dropped first.
/// </summary>
internal static class MentionMerger
{
    public static ImmutableArray<Mention> Merge(string text, IEnumerable<Candidate> candidates, RecognitionData data)
    {
        var accepted = new List<Candidate>();
        var taken = new bool[text.Length];
        var ordered = new List<(Candidate Candidate, int Index)>();
        foreach (var candidate in candidates)
        {
            if (candidate.Span.Length > 0 && (candidate.Kind == CandidateKind.Lexicon || Plausible(text, candidate, data)))
            {
                ordered.Add((candidate, ordered.Count));
            }
        }

        // Kind, longer, more confident, earlier; the input order settles the rest (as a stable sort would).
        ordered.Sort(static (x, y) =>
        {
            var (a, b) = (x.Candidate, y.Candidate);
            var order = ((int)a.Kind).CompareTo((int)b.Kind);
            order = order != 0 ? order : b.Span.Length.CompareTo(a.Span.Length);
            order = order != 0 ? order : b.Confidence.CompareTo(a.Confidence);
            order = order != 0 ? order : a.Span.Start.CompareTo(b.Span.Start);
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        });
        foreach (var (candidate, _) in ordered)
        {
            var free = true;
            for (var i = candidate.Span.Start; i < candidate.Span.End && free; i++)
            {
                free = !taken[i];
            }

            if (!free)
            {
                continue;
            }

            Array.Fill(taken, true, candidate.Span.Start, candidate.Span.Length);
            accepted.Add(candidate);
        }

        return MentionedDocument.CheckedMentions(accepted.OrderBy(c => c.Span.Start).Select(c => c.ToMention()).ToImmutableArray());
    }

    private static bool HasLetter(ReadOnlySpan<char> surface)
    {
        foreach (var c in surface)
        {
            if (CharClass.IsAlphabetic(c) || CharClass.IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Never an entity: a stoplisted word, something without letters, part of an e-mail address or URL.</summary>
    private static bool Plausible(string text, Candidate candidate, RecognitionData data)
    {
        var surface = text.AsSpan(candidate.Span.Start, candidate.Span.Length);
        if (data.IsStopwordSurface(surface) || !HasLetter(surface))
        {
            return false;
        }

        if (surface.Contains('@') || surface.IndexOf("://", StringComparison.Ordinal) >= 0 ||
            surface.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = candidate.Span.Start > 0 ? text[candidate.Span.Start - 1] : ' ';
        var after = candidate.Span.End < text.Length ? text[candidate.Span.End] : ' ';
        return before is not ('@' or '/' or '.') && after is not ('@' or '/');
    }
}
