using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Recogniser 2c: media outlets in title marks. 《…》 also marks books and article titles, so the marks alone are not
/// enough: an outlet cue must follow (《财经》报道), precede (播客《…》) or end the title (《纽约时报》).
/// </summary>
internal static class OutletTitleDiscoverer
{
    private const int MaxTitle = 24;

    public static IEnumerable<Candidate> Find(RecognitionContext context)
    {
        var text = context.Text;
        var open = text.IndexOf('《', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var inner = new TextSpan(open + 1, close);
            if (inner.Length > 0 && inner.Length <= MaxTitle && text.IndexOf('《', open + 1, inner.Length) < 0 &&
                !context.OverlapsLexicon(inner) && OutletCue(context, inner) is { } cue)
            {
                yield return new Candidate(inner, EntityType.MediaOutlet, CandidateKind.Discovered, Confidences.Outlet, cue);
            }

            open = text.IndexOf('《', close + 1);
        }
    }

    private static string? OutletCue(RecognitionContext context, TextSpan inner)
    {
        var after = context.CueStartingAt(inner.End + 1)?.Cues.FirstOrDefault(c => c.Type == EntityType.MediaOutlet && c.NameBefore);
        var before = context.CueEndingAt(inner.Start - 1)?.Cues.FirstOrDefault(c => c.Type == EntityType.MediaOutlet && !c.NameBefore);
        var suffix = context.CueEndingAt(inner.End)?.Cues.FirstOrDefault(c => c.Type == EntityType.MediaOutlet && c.PartOfName);
        return (after ?? before ?? suffix)?.Word;
    }
}
