using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Recogniser 2e: a name followed by its other-script name in parentheses — 黄仁勋（Jensen Huang）, Jensen Huang (黄仁勋),
/// 智谱（以下简称"智谱AI"） — gives two mentions of one entity and an alias pair, for any type. The type comes from a
/// lexicon side, from what another recogniser said about either side, or from the shape of the names.
/// </summary>
internal static class PairDiscoverer
{
    private const int MaxInner = 40;
    private const int MaxHanOuter = 8;

    public static IEnumerable<Candidate> Find(RecognitionContext context, IReadOnlyList<Candidate> known)
    {
        var text = context.Text;
        if (text.AsSpan().IndexOfAny('(', '（') < 0)
        {
            yield break;
        }

        var byEnd = new Dictionary<int, Candidate>();
        var bySpan = new Dictionary<TextSpan, Candidate>();
        foreach (var candidate in known.OrderBy(c => c.Kind).ThenByDescending(c => c.Span.Length))
        {
            byEnd.TryAdd(candidate.Span.End, candidate);
            bySpan.TryAdd(candidate.Span, candidate);
        }

        for (var open = 0; open < text.Length; open++)
        {
            if (text[open] is not ('(' or '（'))
            {
                continue;
            }

            var close = text.IndexOfAny([')', '）', '(', '（'], open + 1, Math.Min(MaxInner + 1, text.Length - open - 1));
            if (close < 0 || text[close] is '(' or '（' || Inner(context, open + 1, close) is not { } inner)
            {
                continue;
            }

            var innerIsHan = NameKeys.HasHan(inner.Of(text));
            if (Outer(context, open, innerIsHan, byEnd) is not { } outer || outer.Length == 0)
            {
                continue;
            }

            var type = TypeOf(context, outer, inner, bySpan);
            context.Pairs.Add(new AliasPair(outer, inner));
            foreach (var side in new[] { outer, inner })
            {
                if (!context.OverlapsLexicon(side))
                {
                    yield return new Candidate(side, type, CandidateKind.Discovered, Confidences.Pair, "()");
                }
            }
        }
    }

    /// <summary>The name inside the parentheses, after an alias cue (以下简称) and quotes; null when it is not a name.</summary>
    private static TextSpan? Inner(RecognitionContext context, int start, int end)
    {
        var text = context.Text;
        start = SkipQuotes(text, start, end);
        if (start < end && context.Data.AliasCueTrie.TryMatchLongest(text, start, out var cueEnd, out _))
        {
            start = SkipQuotes(text, cueEnd, end);
        }

        while (end > start && (text[end - 1] == ' ' || IsQuote(text[end - 1])))
        {
            end--;
        }

        if (end - start < 2)
        {
            return null;
        }

        var surface = text[start..end];
        if (context.Data.IsStopwordSurface(surface))
        {
            return null;
        }

        var han = surface.All(c => CharClass.IsHan(c) || CharClass.IsNameDot(c));
        var latin = surface.All(c => CharClass.IsWordCore(c) || c is ' ' or '.' or '-' or '&' or '\'') &&
                    CharClass.IsAlphabetic(surface[0]) && surface.Any(char.IsUpper) && surface.Split(' ').Length <= 6;
        return (han && surface.Length <= 10) || latin ? new TextSpan(start, end) : null;
    }

    private static TextSpan? Outer(RecognitionContext context, int open, bool innerIsHan, Dictionary<int, Candidate> byEnd)
    {
        var text = context.Text;
        var end = open > 0 && text[open - 1] == ' ' ? open - 1 : open;
        if (end == 0)
        {
            return null;
        }

        if (byEnd.TryGetValue(end, out var candidate))
        {
            return NameKeys.HasHan(candidate.Span.Of(text)) != innerIsHan ? candidate.Span : null;
        }

        if (text[end - 1] == '》')
        {
            var title = text.LastIndexOf('《', end - 1);
            return title >= 0 && end - 1 - title > 1 && !innerIsHan ? new TextSpan(title + 1, end - 1) : null;
        }

        return innerIsHan ? LatinRuns.Before(context, end)
            : CharClass.IsHan(text[end - 1]) ? HanRuns.Before(context, end, MaxHanOuter) : null;
    }

    private static EntityType TypeOf(RecognitionContext context, TextSpan outer, TextSpan inner, Dictionary<TextSpan, Candidate> bySpan)
    {
        foreach (var side in new[] { outer, inner })
        {
            if (bySpan.TryGetValue(side, out var candidate))
            {
                return candidate.Type;
            }
        }

        var text = context.Text;
        if (text[outer.Start..outer.End].Any(CharClass.IsNameDot) ||
            context.CueEndingAt(outer.Start)?.Cues.Any(c => c.Type == EntityType.Person && !c.NameBefore) == true)
        {
            return EntityType.Person;
        }

        if (outer.Start > 0 && text[outer.Start - 1] == '《')
        {
            return EntityType.MediaOutlet;
        }

        var latin = NameKeys.HasHan(outer.Of(text)) ? inner.Of(text) : outer.Of(text);
        if (VersionTail.HasNumber(latin))
        {
            return EntityType.Model;
        }

        var words = latin.Split(' ');
        var looksPersonal = words.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
        var companySuffix = context.CueEndingAt(outer.End)?.Cues.Any(c => c.Type == EntityType.Company) == true ||
                            context.CueEndingAt(inner.End)?.Cues.Any(c => c.Type == EntityType.Company) == true;
        return looksPersonal && !companySuffix ? EntityType.Person : EntityType.Company;
    }

    private static int SkipQuotes(string text, int start, int end)
    {
        while (start < end && (text[start] == ' ' || IsQuote(text[start])))
        {
            start++;
        }

        return start;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '「' or '」' or '‘' or '’' or '『' or '』';
}
