using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>Clauses: the scope of certainty cues and of verb patterns.</summary>
internal sealed partial class DocumentAnalysis
{
    private List<TextSpan> SplitClauses(Sentence sentence)
    {
        var clauses = new List<TextSpan>();
        var start = sentence.Span.Start;
        var next = FirstHitFrom(sentence.Span.Start);
        for (var p = sentence.Span.Start; p < sentence.Span.End; p++)
        {
            while (next < _hits.Count && _hits[next].Span.Start < p)
            {
                next++;
            }

            var c = _text[p];
            if (c is '，' or '；' or '：' or ';' or ':' or '。' or '！' or '？' or '!' or '?' or '\n' || (c == ',' && !IsListComma(p)))
            {
                Add(clauses, start, p);
                start = p + 1;
            }
            else if (next < _hits.Count && _hits[next] is var hit && hit.Span.Start == p && hit.Has(CueKind.ClauseBreak) && hit.Triggers.IsEmpty)
            {
                Add(clauses, start, p);
                start = p;
                p = hit.Span.End - 1;
            }
        }

        Add(clauses, start, sentence.Span.End);
        if (clauses.Count == 0)
        {
            clauses.Add(sentence.Span);
        }

        return clauses;

        static void Add(List<TextSpan> list, int from, int to)
        {
            if (to > from)
            {
                list.Add(new TextSpan(from, to));
            }
        }
    }

    /// <summary>An English list comma ("Nvidia, Microsoft and Amazon") joins two mentions and does not end a clause.</summary>
    private bool IsListComma(int comma)
    {
        // A mention ends before the comma with only white space between.
        var before = false;
        for (var p = comma; p >= 0; p--)
        {
            if (p < _mentionSlots && _mentionEndsAt[p])
            {
                before = true;
                break;
            }

            if (p == 0 || !char.IsWhiteSpace(_text[p - 1]))
            {
                break;
            }
        }

        // A mention starts at most six characters after it, with nothing or "and" between.
        var after = false;
        for (var p = comma + 1; p <= comma + 6 && p < _mentionSlots; p++)
        {
            if (_mentionStartsAt[p] && _text.AsSpan(comma + 1, p - comma - 1).Trim() is "" or "and")
            {
                after = true;
                break;
            }
        }

        return before && after;
    }

    private TextSpan ClauseAt(int sentence, int position)
    {
        foreach (var clause in _clauses[sentence])
        {
            if (clause.Contains(position))
            {
                return clause;
            }
        }

        return _sentences[sentence].Span;
    }

    private bool IsQuestion(Sentence sentence)
    {
        var text = _text.AsSpan(sentence.Span.Start, sentence.Span.Length).TrimEnd(" \t\r\n”\"’'」』)）");
        return text.Length > 0 && text[^1] is '?' or '？';
    }
}
