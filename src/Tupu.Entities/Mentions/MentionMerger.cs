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
        var ordered = candidates
            .Where(c => c.Span.Length > 0 && (c.Kind == CandidateKind.Lexicon || Plausible(text, c, data)))
            .OrderBy(c => c.Kind)
            .ThenByDescending(c => c.Span.Length)
            .ThenByDescending(c => c.Confidence)
            .ThenBy(c => c.Span.Start);
        foreach (var candidate in ordered)
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

    /// <summary>Never an entity: a stoplisted word, something without letters, part of an e-mail address or URL.</summary>
    private static bool Plausible(string text, Candidate candidate, RecognitionData data)
    {
        var surface = candidate.Span.Of(text);
        if (data.IsStopwordSurface(surface) || !surface.Any(c => CharClass.IsAlphabetic(c) || CharClass.IsHan(c)))
        {
            return false;
        }

        if (surface.Contains('@', StringComparison.Ordinal) || surface.Contains("://", StringComparison.Ordinal) ||
            surface.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = candidate.Span.Start > 0 ? text[candidate.Span.Start - 1] : ' ';
        var after = candidate.Span.End < text.Length ? text[candidate.Span.End] : ' ';
        return before is not ('@' or '/' or '.') && after is not ('@' or '/');
    }
}
