using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Recogniser 2a: transliterated foreign names, Han runs joined by name dots (萨姆·奥尔特曼, 埃隆·马斯克) → Person.
/// Each part is a run of characters used in transliterations, which keeps titles and verbs out of the name.
/// </summary>
internal static class TransliterationDiscoverer
{
    private const int MaxPart = 6;

    public static IEnumerable<Candidate> Find(RecognitionContext context)
    {
        var text = context.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!CharClass.IsNameDot(text[i]) || !context.IsHanAt(i - 1) || !context.IsHanAt(i + 1))
            {
                i++;
                continue;
            }

            var start = HanRuns.TransliterationStart(context, i, MaxPart);
            var end = i;
            // Chain every further part: 约翰·F·肯尼迪 style names have more than two.
            while (end < text.Length && CharClass.IsNameDot(text[end]) && context.IsHanAt(end + 1))
            {
                var partEnd = HanRuns.TransliterationEnd(context, end + 1, MaxPart);
                if (partEnd == end + 1)
                {
                    break;
                }

                end = partEnd;
            }

            if (start < i && end > i)
            {
                yield return new Candidate(new TextSpan(start, end), EntityType.Person, CandidateKind.Discovered, Confidences.Transliteration, "·");
            }

            i = Math.Max(end, i + 1);
        }
    }
}
