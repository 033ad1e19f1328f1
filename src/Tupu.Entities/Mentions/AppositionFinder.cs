using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Alias pairs by apposition: a mention, an alias cue (简称, 又称, also known as, formerly), then another mention —
/// 深度求索，又称DeepSeek; Meta, formerly Facebook.
/// </summary>
internal static class AppositionFinder
{
    public static IEnumerable<AliasPair> Find(string text, IReadOnlyList<Mention> mentions, RecognitionData data)
    {
        var byStart = mentions.ToDictionary(m => m.Span.Start);
        foreach (var mention in mentions)
        {
            var at = Skip(text, mention.Span.End);
            if (at >= text.Length || !data.AliasCueTrie.TryMatchLongest(text, at, out var cueEnd, out _))
            {
                continue;
            }

            if (byStart.TryGetValue(Skip(text, cueEnd), out var other))
            {
                yield return new AliasPair(mention.Span, other.Span);
            }
        }
    }

    private static int Skip(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or ',' or '，' or '(' or '（' or '"' or '“' or '「' or '、')
        {
            at++;
        }

        return at;
    }
}
