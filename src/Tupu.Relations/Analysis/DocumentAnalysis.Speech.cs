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
        foreach (var hit in HitsIn(sentence.Start, sentence.End))
        {
            if (hit.Has(CueKind.Source))
            {
                // According to X / 据X报道: the speaker follows the cue.
                var next = ArgsIn(hit.Span.End, sentence.End).FirstOrDefault();
                if (next is not null && next.Span.Start - hit.Span.End <= 2 && next.Pick(Speakers) is { } source)
                {
                    _frames.Add(new Frame(source, new TextSpan(hit.Span.Start, next.Span.End), hit.Span, s));
                }

                continue;
            }

            if (!hit.Has(CueKind.Reporting) && !hit.Has(CueKind.Hearsay))
            {
                continue;
            }

            var clause = ClauseAt(s, hit.Span.Start);
            var before = ArgsIn(clause.Start, hit.Span.Start).Reverse().Where(a => hit.Span.Start - a.Span.End <= 15).ToList();
            var speaker = before.FirstOrDefault(a => a.Pick(PersonOnly) is not null) is { } person
                ? (person, person.Pick(PersonOnly)!.Value)
                : before.FirstOrDefault(a => a.Pick(Speakers) is not null) is { } outlet
                    ? (outlet, outlet.Pick(Speakers)!.Value)
                    : ((Arg, Referent)?)null;
            if (speaker is null && ArgsIn(hit.Span.End, clause.End).FirstOrDefault() is { } after
                && Slice(hit.Span.End, after.Span.Start).Trim().Length == 0 && after.Pick(Speakers) is { } afterWho)
            {
                speaker = (after, afterWho); // "…," said Huang.
            }

            if (speaker is { } found)
            {
                var span = new TextSpan(Math.Min(found.Item1.Span.Start, hit.Span.Start), Math.Max(found.Item1.Span.End, hit.Span.End));
                _frames.Add(new Frame(found.Item2, span, hit.Span, s));
            }
        }
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
        foreach (var quote in _quotes)
        {
            if (quote.Contains(position))
            {
                return QuoteSpeaker(quote);
            }
        }

        var clause = ClauseAt(s, position);
        var frames = _frames.Where(f => f.Sentence == s).ToList();
        var before = frames.LastOrDefault(f => f.Span.End <= position);
        if (before is not null)
        {
            return before.Speaker;
        }

        // "…, Huang said." — a frame in a later clause of the same sentence.
        return frames.FirstOrDefault(f => f.Span.Start >= clause.End)?.Speaker;
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
        to - from <= 3 && Slice(from, to).All(c => char.IsWhiteSpace(c) || c is '：' or ':' or '，' or ',' or '。' or '.');

    private void FindQuotedIn(int s, List<Candidate> output)
    {
        if (_outlet is not { } outlet)
        {
            return;
        }

        foreach (var frame in _frames.Where(f => f.Sentence == s && f.Speaker.Type == EntityType.Person))
        {
            // 他没有透露… / he declined to say: nothing of theirs is quoted here.
            if (HitsIn(ClauseAt(s, frame.Verb.Start).Start, frame.Verb.Start).Any(h => h.Has(CueKind.Negation)))
            {
                continue;
            }

            output.Add(new Candidate(RelationType.QuotedIn, frame.Speaker, outlet, frame.Verb, Slice(frame.Verb.Start, frame.Verb.End), Confidences.QuotedInArticle, s));
        }

        // A quote whose speaker frame sits in another sentence ("“…。”他说。") still quotes that person here.
        var sentence = _sentences[s].Span;
        foreach (var quote in _quotes.Where(q => sentence.Contains(q.Start)))
        {
            if (QuoteSpeaker(quote) is { Type: EntityType.Person } speaker)
            {
                output.Add(new Candidate(RelationType.QuotedIn, speaker, outlet, new TextSpan(quote.Start, quote.Start + 1), Slice(quote.Start, quote.Start + 1), Confidences.QuotedInArticle, s));
            }
        }
    }
}
