using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Recogniser 2b: names standing next to a cue word (cues-*.tsv), typed by the cue: titles and roles → Person
/// (首席执行官黄仁勋, CEO Jensen Huang, "Jensen Huang, CEO"), organisation words → Company (初创公司月之暗面, Moonshot AI,
/// Anthropic公司), model words → Model, outlet words → MediaOutlet. Latin names inside Chinese text are found here too.
/// </summary>
internal static class CueDiscoverer
{
    private const int MaxHanName = 6;

    public static IEnumerable<Candidate> Find(RecognitionContext context)
    {
        foreach (var hit in context.Cues)
        {
            foreach (var cue in hit.Cues)
            {
                var name = cue.NameBefore ? NameBefore(context, hit, cue) : NameAfter(context, hit, cue);
                if (name is not { } span || context.Data.IsStopwordSurface(context.Text.AsSpan(span.Start, span.Length)))
                {
                    continue;
                }

                var full = !cue.PartOfName ? span
                    : cue.NameBefore ? new TextSpan(span.Start, hit.Span.End)
                    : new TextSpan(hit.Span.Start, span.End);
                var confidence = cue.Type == EntityType.Person ? Confidences.Title : Confidences.Cue;
                yield return new Candidate(full, cue.Type, CandidateKind.Discovered, confidence, cue.Word);
            }
        }
    }

    private static TextSpan? NameBefore(RecognitionContext context, CueHit hit, Cue cue)
    {
        var text = context.Text;
        var end = hit.Span.Start;
        if (cue.Type == EntityType.Person)
        {
            // "Jensen Huang, CEO of Nvidia" / "Jensen Huang, the chief executive": a title after a name needs the comma.
            end = AppositionEnd(text, end);
            return end < 0 ? null : LatinRuns.Before(context, end);
        }

        var previous = end > 0 && text[end - 1] == ' ' ? end - 2 : end - 1;
        if (previous < 0)
        {
            return null;
        }

        if (CharClass.IsHan(text[previous]))
        {
            // 报道/播客 after a bare Han run are too loose (相关报道); outlets named that way are found inside 《》.
            if ((cue.Type == EntityType.MediaOutlet && !cue.PartOfName) || cue.IsLatin)
            {
                return null;
            }

            return HanRuns.Before(context, end, MaxHanName);
        }

        return CharClass.IsWordCore(text[previous]) ? LatinRuns.Before(context, end) : null;
    }

    private static TextSpan? NameAfter(RecognitionContext context, CueHit hit, Cue cue)
    {
        var text = context.Text;
        var start = hit.Span.End;
        var next = start < text.Length && text[start] == ' ' ? start + 1 : start;
        if (next >= text.Length)
        {
            return null;
        }

        if (CharClass.IsHan(text[next]))
        {
            // Outlets named by a bare Han run after 播客 are too loose (播客之一); they are found inside 《》.
            if (cue.IsLatin || cue.Type == EntityType.MediaOutlet)
            {
                return null;
            }

            var han = cue.Type == EntityType.Person ? HanRuns.PersonAfter(context, next) : HanRuns.After(context, next, MaxHanName);
            // A name that goes on with "·" is a transliteration; that recogniser takes the whole of it.
            return han is { } span && span.End < text.Length && CharClass.IsNameDot(text[span.End]) ? null : han;
        }

        return CharClass.IsWordCore(text[next]) ? LatinRuns.After(context, next) : null;
    }

    /// <summary>End of the name before ", [the|its] title", or -1 when there is no comma.</summary>
    private static int AppositionEnd(string text, int cueStart)
    {
        var at = cueStart;
        while (at > 0 && text[at - 1] == ' ')
        {
            at--;
        }

        var wordStart = LatinRuns.WordStart(text, at);
        var word = text[wordStart..at];
        if (word is "the" or "its" or "his" or "her" or "a" or "an" or "former" or "then")
        {
            at = wordStart;
            while (at > 0 && text[at - 1] == ' ')
            {
                at--;
            }
        }

        if (at == 0 || text[at - 1] is not (',' or '，'))
        {
            return -1;
        }

        return at - 1;
    }
}
