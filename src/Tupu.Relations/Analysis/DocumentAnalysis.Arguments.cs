using System.Buffers;
using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>Arguments: resolved mentions, and pronouns / short subjects resolved within their paragraph.</summary>
internal sealed partial class DocumentAnalysis
{
    /// <summary>The indexes of the resolved mentions in text order (a stable sort by start, as OrderBy).</summary>
    private int[] MentionsInTextOrder()
    {
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
        return order;
    }

    private List<Arg> BuildArgs(int[] order)
    {
        var resolved = _doc.Resolved;
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
        var referents = ImmutableArray.CreateBuilder<Referent>();
        foreach (var hit in _hits)
        {
            var cue = PronounCue(hit);
            if (cue is null)
            {
                continue;
            }

            // The compatible mentions before the pronoun in its paragraph, most recent first, one per entity.
            var paragraphStart = ParagraphStart(hit.Span.Start);
            referents.Clear();
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
    /// per text position whether a mention starts or ends there (in <see cref="_mentionSlots"/> slots of two arrays from
    /// the shared pool, returned by <see cref="Dispose"/>).
    /// </summary>
    private (int[] Starts, int[] MentionEndMax, bool[] MentionStartsAt, bool[] MentionEndsAt) ArgTables()
    {
        var starts = new int[_args.Count];
        var endMax = new int[_args.Count + 1];
        var startsAt = ArrayPool<bool>.Shared.Rent(_mentionSlots);
        var endsAt = ArrayPool<bool>.Shared.Rent(_mentionSlots);
        startsAt.AsSpan(0, _mentionSlots).Clear();
        endsAt.AsSpan(0, _mentionSlots).Clear();
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

    /// <summary>
    /// The sentence starts when the sentences follow each other without overlap (so a position's sentence is found by
    /// binary search), else null; per sentence where its paragraph starts.
    /// </summary>
    private (int[]? SentenceStarts, int[] ParagraphStarts) SentenceTables()
    {
        int[]? starts = new int[_sentences.Length];
        for (var i = 0; i < _sentences.Length; i++)
        {
            if (i > 0 && _sentences[i - 1].Span.End > _sentences[i].Span.Start)
            {
                starts = null;
                break;
            }

            starts[i] = _sentences[i].Span.Start;
        }

        var paragraphStarts = new int[_sentences.Length];
        for (var i = 0; i < _sentences.Length; i++)
        {
            paragraphStarts[i] = i > 0 && _sentences[i - 1].Paragraph == _sentences[i].Paragraph
                ? paragraphStarts[i - 1]
                : _sentences[i].Span.Start;
        }

        return (starts, paragraphStarts);
    }

    private int ParagraphStart(int position)
    {
        var s = SentenceAt(position);
        return s < 0 ? 0 : _paragraphStarts[s];
    }

    /// <summary>The first sentence holding <paramref name="position"/> (the last one also holds its end), or -1.</summary>
    private int SentenceAt(int position)
    {
        if (_sentenceStarts is not null)
        {
            // In order and disjoint: only the last sentence starting at or before the position can hold it.
            var i = LowerBound(_sentenceStarts, position + 1) - 1;
            if (i >= 0 && _sentences[i].Span.Contains(position))
            {
                return i;
            }

            var last = _sentences.Length - 1;
            return last >= 0 && position == _sentences[last].Span.End ? last : -1;
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

    /// <summary>The first argument inside [from, to) (in <see cref="_args"/> order) that <paramref name="match"/> accepts.</summary>
    private Arg? FirstArgIn(int from, int to, Func<Arg, bool>? match = null)
    {
        for (var i = LowerBound(_argStarts, from); i < _args.Count && _args[i].Span.Start <= to; i++)
        {
            if (_args[i].Span.End <= to && (match is null || match(_args[i])))
            {
                return _args[i];
            }
        }

        return null;
    }

    /// <summary>The last argument inside [from, to) (in <see cref="_args"/> order) that <paramref name="match"/> accepts.</summary>
    private Arg? LastArgIn(int from, int to, Func<Arg, bool>? match = null)
    {
        var lo = LowerBound(_argStarts, from);
        for (var i = LowerBound(_argStarts, to + 1) - 1; i >= lo; i--)
        {
            if (_args[i].Span.End <= to && (match is null || match(_args[i])))
            {
                return _args[i];
            }
        }

        return null;
    }

    /// <summary>The arguments inside [from, to) in <see cref="_args"/> order, or nearest <paramref name="to"/> first when <paramref name="reversed"/>.</summary>
    private List<Arg> ArgListIn(int from, int to, bool reversed = false)
    {
        var list = new List<Arg>();
        var lo = LowerBound(_argStarts, from);
        var hi = LowerBound(_argStarts, to + 1);
        for (var k = 0; k < hi - lo; k++)
        {
            var arg = _args[reversed ? hi - 1 - k : lo + k];
            if (arg.Span.End <= to)
            {
                list.Add(arg);
            }
        }

        return list;
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

    /// <summary>
    /// Arguments joined to <paramref name="head"/> by a coordinator (和, 与, 、, and, ","), with a compatible referent,
    /// in text order (a stable sort of head, then those before it nearest first, then those after it).
    /// </summary>
    private List<(Arg Arg, Referent Referent)> Coordinated(Arg head, Referent first, IReadOnlyList<EntityType> types, TextSpan within)
    {
        var found = new List<(Arg Arg, Referent Referent)> { (head, first) };
        var ordered = ArgListIn(within.Start, within.End);
        ordered.RemoveAll(a => a.IsPronoun);
        var at = ordered.IndexOf(head);
        if (at < 0)
        {
            return found;
        }

        for (var step = -1; step <= 1; step += 2)
        {
            var previous = head;
            for (var i = at + step; i >= 0 && i < ordered.Count; i += step)
            {
                var next = ordered[i];
                var gap = step > 0 ? SpanOf(previous.Span.End, next.Span.Start) : SpanOf(next.Span.End, previous.Span.Start);
                if (!IsCoordinator(gap.Trim()) || next.Pick(types) is not { } referent)
                {
                    break;
                }

                found.Add((next, referent));
                previous = next;
            }
        }

        // Insertion sort by start: stable, like OrderBy, and the lists are short.
        for (var i = 1; i < found.Count; i++)
        {
            var item = found[i];
            var j = i - 1;
            while (j >= 0 && found[j].Arg.Span.Start > item.Arg.Span.Start)
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = item;
        }

        return found;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> gap) => gap is "和" or "与" or "及" or "以及" or "、" or "跟" or ","
        || gap.Equals("and", StringComparison.OrdinalIgnoreCase)
        || gap.Equals(", and", StringComparison.OrdinalIgnoreCase)
        || gap.Equals("&", StringComparison.Ordinal);
}
