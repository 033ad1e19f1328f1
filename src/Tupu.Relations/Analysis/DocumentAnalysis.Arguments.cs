using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>Arguments: resolved mentions, and pronouns / short subjects resolved within their paragraph.</summary>
internal sealed partial class DocumentAnalysis
{
    private List<Arg> BuildArgs()
    {
        var real = _doc.Resolved
            .OrderBy(r => r.Mention.Span.Start)
            .Select(r => new Arg(
                r.Mention.Span,
                [new Referent(r.EntityId, _doc.Entities.TryGetValue(r.EntityId, out var e) ? e.Type : r.Mention.Type)],
                IsPronoun: false))
            .ToList();
        var args = new List<Arg>(real);
        foreach (var hit in _hits)
        {
            var cue = hit.Cues.FirstOrDefault(c => c.Kind == CueKind.Pronoun);
            if (cue is null)
            {
                continue;
            }

            var paragraphStart = ParagraphStart(hit.Span.Start);
            var referents = real
                .Where(a => a.Span.End <= hit.Span.Start && a.Span.Start >= paragraphStart && cue.PronounTypes.Contains(a.Referents[0].Type))
                .Reverse()
                .Select(a => a.Referents[0])
                .DistinctBy(r => r.EntityId)
                .ToImmutableArray();
            if (!referents.IsEmpty)
            {
                args.Add(new Arg(hit.Span, referents, IsPronoun: true));
            }
        }

        args.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return args;
    }

    private int ParagraphStart(int position)
    {
        var s = SentenceAt(position);
        if (s < 0)
        {
            return 0;
        }

        var paragraph = _sentences[s].Paragraph;
        var start = _sentences[s].Span.Start;
        for (var i = s - 1; i >= 0 && _sentences[i].Paragraph == paragraph; i--)
        {
            start = _sentences[i].Span.Start;
        }

        return start;
    }

    private int SentenceAt(int position)
    {
        for (var i = 0; i < _sentences.Length; i++)
        {
            if (_sentences[i].Span.Contains(position) || (position == _sentences[i].Span.End && i == _sentences.Length - 1))
            {
                return i;
            }
        }

        return -1;
    }

    private IEnumerable<Arg> ArgsIn(int from, int to) => _args.Where(a => a.Span.Start >= from && a.Span.End <= to);

    /// <summary>The lexicon hit that ends just before <paramref name="position"/>, skipping spaces, book-title marks and 了.</summary>
    private LexiconHit? HitBefore(int position, int floor)
    {
        var p = position - 1;
        while (p >= floor && (char.IsWhiteSpace(_text[p]) || _text[p] is '《' or '「' or '“' or '"' or '了'))
        {
            p--;
        }

        return p >= floor && HitAt(p) is { } hit && hit.Span.End == p + 1 ? hit : null;
    }

    /// <summary>The lexicon hit that starts just after <paramref name="position"/>, skipping spaces.</summary>
    private LexiconHit? HitAfter(int position, int ceiling)
    {
        var p = position;
        while (p < ceiling && char.IsWhiteSpace(_text[p]))
        {
            p++;
        }

        return p < ceiling && HitAt(p) is { } hit && hit.Span.Start == p ? hit : null;
    }

    private bool Marked(Arg arg, CueKind kind, int floor) => HitBefore(arg.Span.Start, floor)?.Has(kind) == true;

    /// <summary>Arguments joined to <paramref name="head"/> by a coordinator (和, 与, 、, and, ","), with a compatible referent.</summary>
    private IEnumerable<(Arg Arg, Referent Referent)> Coordinated(Arg head, Referent first, IReadOnlyList<EntityType> types, TextSpan within)
    {
        yield return (head, first);
        var ordered = _args.Where(a => within.Contains(a.Span) && !a.IsPronoun).ToList();
        var at = ordered.IndexOf(head);
        if (at < 0)
        {
            yield break;
        }

        for (var step = -1; step <= 1; step += 2)
        {
            var previous = head;
            for (var i = at + step; i >= 0 && i < ordered.Count; i += step)
            {
                var next = ordered[i];
                var gap = step > 0 ? Slice(previous.Span.End, next.Span.Start) : Slice(next.Span.End, previous.Span.Start);
                if (!IsCoordinator(gap.Trim()) || next.Pick(types) is not { } referent)
                {
                    break;
                }

                yield return (next, referent);
                previous = next;
            }
        }
    }

    private static bool IsCoordinator(string gap) => gap is "和" or "与" or "及" or "以及" or "、" or "跟" or ","
        || string.Equals(gap, "and", StringComparison.OrdinalIgnoreCase)
        || string.Equals(gap, ", and", StringComparison.OrdinalIgnoreCase)
        || string.Equals(gap, "&", StringComparison.Ordinal);
}
