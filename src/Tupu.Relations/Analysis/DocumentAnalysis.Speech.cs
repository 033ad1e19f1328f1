using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>Speech: frames (X 表示, X said, according to X), quotes and their speakers, QUOTED_IN, attribution.</summary>
internal sealed partial class DocumentAnalysis
{
    private static readonly EntityType[] Speakers = [EntityType.Person, EntityType.MediaOutlet];

    private void FindFrames(int s)
    {
        var sentence = _sentences[s].Span;
        foreach (var hit in HitsWithin(sentence.Start, sentence.End))
        {
            if (hit.Has(CueKind.Source))
            {
                // According to X / 据X报道: the speaker follows the cue.
                var next = FirstArgIn(hit.Span.End, sentence.End);
                if (next is not null && next.Span.Start - hit.Span.End <= 2 && next.Pick(Speakers) is { } source)
                {
                    _frames.Add(new Frame(source, new TextSpan(hit.Span.Start, next.Span.End), hit.Span));
                }

                continue;
            }

            if (!hit.Has(CueKind.Reporting) && !hit.Has(CueKind.Hearsay))
            {
                continue;
            }

            var clause = ClauseAt(s, hit.Span.Start);
            var speaker = SpeakerBefore(clause.Start, hit.Span.Start);
            if (speaker is null && FirstArgIn(hit.Span.End, clause.End) is { } after
                && SpanOf(hit.Span.End, after.Span.Start).IsWhiteSpace() && after.Pick(Speakers) is { } afterWho)
            {
                speaker = (after, afterWho); // "…," said Huang.
            }

            if (speaker is { } found)
            {
                var span = new TextSpan(Math.Min(found.Item1.Span.Start, hit.Span.Start), Math.Max(found.Item1.Span.End, hit.Span.End));
                _frames.Add(new Frame(found.Item2, span, hit.Span));
            }
        }
    }

    /// <summary>The nearest person within 15 characters before <paramref name="verb"/> in the clause, else the nearest speaker.</summary>
    private (Arg, Referent)? SpeakerBefore(int clauseStart, int verb)
    {
        Arg? outlet = null;
        var lo = LowerBound(_argStarts, clauseStart);
        for (var i = LowerBound(_argStarts, verb + 1) - 1; i >= lo; i--)
        {
            var arg = _args[i];
            if (arg.Span.End > verb || verb - arg.Span.End > 15)
            {
                continue;
            }

            if (arg.Pick(PersonOnly) is { } person)
            {
                return (arg, person);
            }

            outlet ??= arg.Pick(Speakers) is not null ? arg : null;
        }

        return outlet is null ? null : (outlet, outlet.Pick(Speakers)!.Value);
    }

    private List<TextSpan> FindQuotes()
    {
        var quotes = new List<TextSpan>();
        var open = -1;
        var closer = '\0';
        for (var p = 0; p < _text.Length; p++)
        {
            var c = _text[p];
            if (open < 0)
            {
                (open, closer) = c switch
                {
                    '“' => (p, '”'),
                    '「' => (p, '」'),
                    '『' => (p, '』'),
                    '"' => (p, '"'),
                    _ => (-1, '\0'),
                };
            }
            else if (c == closer)
            {
                quotes.Add(new TextSpan(open, p + 1));
                open = -1;
            }
            else if (c == '\n' && closer == '"')
            {
                open = -1; // An unbalanced straight quote does not run past its paragraph.
            }
        }

        return quotes;
    }

    private Referent? FindOutlet()
    {
        var outlet = _doc.Document.Article.Metadata.Outlet;
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return null;
        }

        foreach (var entity in _doc.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (entity.Type == EntityType.MediaOutlet
                && new[] { entity.Id, entity.Name, entity.NameEn, entity.NameZh }.Concat(entity.Aliases)
                    .Any(n => string.Equals(n?.Trim(), outlet.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return new Referent(entity.Id, entity.Type);
            }
        }

        return null;
    }

    /// <summary>Whose words carry a claim at <paramref name="position"/>: the speaker of an enclosing quote, else of the sentence's speech frame.</summary>
    private Referent? SpeakerFor(int s, int position)
    {
        // Quotes do not overlap and are in text order: only the last one starting at or before the position can hold it.
        var q = LowerBound(_quoteStarts, position + 1) - 1;
        if (q >= 0 && _quotes[q].Contains(position))
        {
            return QuoteSpeaker(_quotes[q]);
        }

        var clause = ClauseAt(s, position);
        for (var i = _frameStarts[s + 1] - 1; i >= _frameStarts[s]; i--)
        {
            if (_frames[i].Span.End <= position)
            {
                return _frames[i].Speaker;
            }
        }

        // "…, Huang said." — a frame in a later clause of the same sentence.
        for (var i = _frameStarts[s]; i < _frameStarts[s + 1]; i++)
        {
            if (_frames[i].Span.Start >= clause.End)
            {
                return _frames[i].Speaker;
            }
        }

        return null;
    }

    private Referent? QuoteSpeaker(TextSpan quote)
    {
        foreach (var frame in _frames)
        {
            if (frame.Span.End <= quote.Start && Punctuation(frame.Span.End, quote.Start))
            {
                return frame.Speaker;
            }

            if (frame.Span.Start >= quote.End && Punctuation(quote.End, frame.Span.Start))
            {
                return frame.Speaker;
            }
        }

        return null;
    }

    private bool Punctuation(int from, int to) =>
        to - from <= 3 && AllPunctuation(SpanOf(from, to));

    private static bool AllPunctuation(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || c is '：' or ':' or '，' or ',' or '。' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private void FindQuotedIn(int s, List<Candidate> output)
    {
        if (_outlet is not { } outlet)
        {
            return;
        }

        for (var i = _frameStarts[s]; i < _frameStarts[s + 1]; i++)
        {
            var frame = _frames[i];
            if (frame.Speaker.Type != EntityType.Person)
            {
                continue;
            }

            // 他没有透露… / he declined to say: nothing of theirs is quoted here.
            if (HasCue(ClauseAt(s, frame.Verb.Start).Start, frame.Verb.Start, CueKind.Negation))
            {
                continue;
            }

            output.Add(new Candidate(RelationType.QuotedIn, frame.Speaker, outlet, frame.Verb, Slice(frame.Verb.Start, frame.Verb.End), Confidences.QuotedInArticle, s));
        }

        // A quote whose speaker frame sits in another sentence ("“…。”他说。") still quotes that person here.
        var sentence = _sentences[s].Span;
        for (var q = LowerBound(_quoteStarts, sentence.Start); q < _quotes.Count && _quotes[q].Start < sentence.End; q++)
        {
            var quote = _quotes[q];
            if (QuoteSpeaker(quote) is { Type: EntityType.Person } speaker)
            {
                output.Add(new Candidate(RelationType.QuotedIn, speaker, outlet, new TextSpan(quote.Start, quote.Start + 1), Slice(quote.Start, quote.Start + 1), Confidences.QuotedInArticle, s));
            }
        }
    }
}
