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
        // Mentions in text order (a stable sort, as OrderBy).
        var resolved = _doc.Resolved;
        var order = new int[resolved.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byStart = resolved[a].Mention.Span.Start.CompareTo(resolved[b].Mention.Span.Start);
            return byStart != 0 ? byStart : a.CompareTo(b);
        });
        var real = new List<Arg>(order.Length);
        var realStarts = new int[order.Length];
        foreach (var index in order)
        {
            var r = resolved[index];
            realStarts[real.Count] = r.Mention.Span.Start;
            real.Add(new Arg(
                r.Mention.Span,
                [new Referent(r.EntityId, _doc.Entities.TryGetValue(r.EntityId, out var e) ? e.Type : r.Mention.Type)],
                IsPronoun: false));
        }

        var args = new List<Arg>(real);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in _hits)
        {
            var cue = PronounCue(hit);
            if (cue is null)
            {
                continue;
            }

            // The compatible mentions before the pronoun in its paragraph, most recent first, one per entity.
            var paragraphStart = ParagraphStart(hit.Span.Start);
            var referents = ImmutableArray.CreateBuilder<Referent>();
            seen.Clear();
            for (var i = LowerBound(realStarts, hit.Span.Start + 1) - 1; i >= 0 && real[i].Span.Start >= paragraphStart; i--)
            {
                var referent = real[i].Referents[0];
                if (real[i].Span.End <= hit.Span.Start && cue.PronounTypes.Contains(referent.Type) && seen.Add(referent.EntityId))
                {
                    referents.Add(referent);
                }
            }

            if (referents.Count > 0)
            {
                args.Add(new Arg(hit.Span, referents.ToImmutable(), IsPronoun: true));
            }
        }

        args.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return args;
    }

    private static CueEntry? PronounCue(LexiconHit hit)
    {
        foreach (var cue in hit.Cues)
        {
            if (cue.Kind == CueKind.Pronoun)
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>
    /// Per argument (in <see cref="_args"/> order) its start; per prefix of the arguments the furthest mention end; and
    /// per text position whether a mention starts or ends there.
    /// </summary>
    private (int[] Starts, int[] MentionEndMax, bool[] MentionStartsAt, bool[] MentionEndsAt) ArgTables()
    {
        var starts = new int[_args.Count];
        var endMax = new int[_args.Count + 1];
        var startsAt = new bool[_text.Length + 1];
        var endsAt = new bool[_text.Length + 1];
        endMax[0] = int.MinValue;
        for (var i = 0; i < _args.Count; i++)
        {
            var span = _args[i].Span;
            starts[i] = span.Start;
            endMax[i + 1] = _args[i].IsPronoun ? endMax[i] : Math.Max(endMax[i], span.End);
            if (!_args[i].IsPronoun)
            {
                if (span.Start <= _text.Length)
                {
                    startsAt[span.Start] = true;
                }

                if (span.End <= _text.Length)
                {
                    endsAt[span.End] = true;
                }
            }
        }

        return (starts, endMax, startsAt, endsAt);
    }

    /// <summary>Per text position (and the text's end) the first sentence holding it; per sentence where its paragraph starts.</summary>
    private (int[] SentenceAt, int[] ParagraphStarts) SentenceTables()
    {
        var at = new int[_text.Length + 1];
        Array.Fill(at, -1);
        for (var i = _sentences.Length - 1; i >= 0; i--)
        {
            var span = _sentences[i].Span;
            if (i == _sentences.Length - 1 && span.End <= _text.Length)
            {
                at[span.End] = i;
            }

            for (var p = span.Start; p < span.End && p <= _text.Length; p++)
            {
                at[p] = i;
            }
        }

        var paragraphStarts = new int[_sentences.Length];
        for (var i = 0; i < _sentences.Length; i++)
        {
            paragraphStarts[i] = i > 0 && _sentences[i - 1].Paragraph == _sentences[i].Paragraph
                ? paragraphStarts[i - 1]
                : _sentences[i].Span.Start;
        }

        return (at, paragraphStarts);
    }

    private int ParagraphStart(int position)
    {
        var s = SentenceAt(position);
        return s < 0 ? 0 : _paragraphStarts[s];
    }

    private int SentenceAt(int position)
    {
        if (position >= 0 && position <= _text.Length)
        {
            return _sentenceAt[position];
        }

        for (var i = 0; i < _sentences.Length; i++)
        {
            if (_sentences[i].Span.Contains(position) || (position == _sentences[i].Span.End && i == _sentences.Length - 1))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The arguments inside [from, to), in <see cref="_args"/> order.</summary>
    private IEnumerable<Arg> ArgsIn(int from, int to)
    {
        for (var i = LowerBound(_argStarts, from); i < _args.Count && _args[i].Span.Start <= to; i++)
        {
            if (_args[i].Span.End <= to)
            {
                yield return _args[i];
            }
        }
    }

    /// <summary>Whether a mention (not a pronoun) overlaps [from, to).</summary>
    private bool OverlapsMention(int from, int to) => _mentionEndMax[LowerBound(_argStarts, to)] > from;

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
        var ordered = ArgsIn(within.Start, within.End).Where(a => !a.IsPronoun).ToList();
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
