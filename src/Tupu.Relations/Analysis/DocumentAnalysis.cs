using System.Buffers;
using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>
/// The per-document working state of one extraction. Created per call, so the extractor itself stays stateless and
/// thread-safe, and disposed after it (it returns its pooled arrays). Split into partial files by concern: arguments,
/// clauses, patterns, titles, speech, certainty.
/// </summary>
internal sealed partial class DocumentAnalysis : IDisposable
{
    private readonly ResolvedDocument _doc;
    private readonly RelationLexicon _lexicon;
    private readonly string _text;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly List<LexiconHit> _hits;
    private readonly int[] _hitStarts;
    private readonly int[]? _sentenceStarts;
    private readonly int[] _paragraphStarts;
    private readonly List<Arg> _args;
    private readonly int[] _argStarts;
    private readonly int[] _mentionEndMax;
    // Slots of the two arrays below in use: one per character and one past the end (a rented array may be longer).
    private readonly int _mentionSlots;
    private bool[] _mentionStartsAt;
    private bool[] _mentionEndsAt;
    private readonly List<TextSpan>[] _clauses;
    private readonly List<TextSpan> _quotes;
    private readonly int[] _quoteStarts;
    private readonly List<Frame> _frames = [];
    // The frames of sentence s are _frames[_frameStarts[s].._frameStarts[s + 1]]: they are found sentence by sentence.
    private readonly int[] _frameStarts;
    private List<int>[]? _circumfixPositions;
    private int[]? _presentCircumfixes;
    private string?[]? _sentenceSources;
    private readonly Referent? _outlet;

    public DocumentAnalysis(ResolvedDocument document, RelationLexicon lexicon, Entity? articleOutlet)
    {
        _doc = document;
        _lexicon = lexicon;
        _text = document.Document.Text;
        _sentences = document.Document.Sentences;
        var mentionOrder = MentionsInTextOrder();
        var mentionSpans = new TextSpan[mentionOrder.Length];
        for (var i = 0; i < mentionOrder.Length; i++)
        {
            mentionSpans[i] = document.Resolved[mentionOrder[i]].Mention.Span;
        }

        _hits = lexicon.Matcher.Scan(_text, mentionSpans);
        _hitStarts = new int[_hits.Count];
        for (var i = 0; i < _hits.Count; i++)
        {
            _hitStarts[i] = _hits[i].Span.Start;
        }

        (_sentenceStarts, _paragraphStarts) = SentenceTables();
        _args = BuildArgs(mentionOrder);
        _mentionSlots = _text.Length + 1;
        (_argStarts, _mentionEndMax, _mentionStartsAt, _mentionEndsAt) = ArgTables();
        _clauses = [.. _sentences.Select(SplitClauses)];
        _quotes = FindQuotes();
        _quoteStarts = [.. _quotes.Select(q => q.Start)];
        _outlet = articleOutlet is { Type: EntityType.MediaOutlet } known ? new Referent(known.Id, known.Type) : FindOutlet();
        _frameStarts = new int[_sentences.Length + 1];
        for (var s = 0; s < _sentences.Length; s++)
        {
            _frameStarts[s] = _frames.Count;
            FindFrames(s);
        }

        _frameStarts[^1] = _frames.Count;
    }

    /// <summary>Returns the pooled arrays; the analysis answers no more questions.</summary>
    public void Dispose()
    {
        if (_mentionStartsAt.Length == 0)
        {
            return;
        }

        ArrayPool<bool>.Shared.Return(_mentionStartsAt);
        ArrayPool<bool>.Shared.Return(_mentionEndsAt);
        (_mentionStartsAt, _mentionEndsAt) = ([], []);
    }

    /// <summary>Runs every pattern over every sentence and returns the finished relations.</summary>
    public ImmutableArray<Relation> Extract()
    {
        var relations = new List<Relation>();
        var candidates = new List<Candidate>();
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (IsQuestion(_sentences[s]))
            {
                continue;
            }

            candidates.Clear();
            FindVerbAndPredicates(s, candidates);
            FindCircumfixes(s, candidates);
            FindTitles(s, candidates);
            FindPossessives(s, candidates);
            FindQuotedIn(s, candidates);
            foreach (var candidate in candidates)
            {
                if (Finish(candidate) is { } relation)
                {
                    relations.Add(relation);
                }
            }
        }

        RaiseConfirmed(relations);
        return Deduplicate(relations);
    }

    private Relation? Finish(Candidate c)
    {
        if (c.Subject.EntityId == c.Object.EntityId || !c.Type.Allows(c.Subject.Type, c.Object.Type))
        {
            return null;
        }

        var clause = ClauseAt(c.Sentence, c.Trigger.Start);
        if (HasCue(clause, CueKind.Question)
            || (c.Type is RelationType.Uses or RelationType.BuiltOn && HasCue(clause, CueKind.Comparison)))
        {
            return null;
        }

        var sentence = _sentences[c.Sentence];
        var document = _doc.Document;
        // A sentence with several candidates quotes the same source text: cut it once.
        var quoted = (_sentenceSources ??= new string?[_sentences.Length])[c.Sentence] ??= document.SourceTextOf(sentence.Span);
        var evidence = new Evidence(
            document.Article.Id,
            quoted,
            document.Map.ToSource(sentence.Span),
            c.TriggerText,
            document.Article.Metadata.Published);
        var attributed = c.Type == RelationType.QuotedIn ? null : SpeakerFor(c.Sentence, c.Trigger.Start);
        return new Relation(
            c.Type,
            c.Subject.EntityId,
            c.Object.EntityId,
            CertaintyOf(c, clause),
            c.Confidence,
            evidence,
            attributed?.EntityId,
            c.Role,
            c.Current);
    }

    private static ImmutableArray<Relation> Deduplicate(List<Relation> relations)
    {
        // One per (type, subject, object, certainty, sentence): the most confident reading wins.
        // Groups in order of first appearance, each keeping its first most confident member (as GroupBy, then a stable
        // OrderByDescending(Confidence).First()).
        var best = new List<Relation>(relations.Count);
        var groups = new Dictionary<(RelationType, string, string, Certainty, TextSpan), int>(relations.Count);
        foreach (var r in relations)
        {
            var key = (r.Type, r.SubjectId, r.ObjectId, r.Certainty, r.Evidence.SourceSpan);
            if (!groups.TryGetValue(key, out var index))
            {
                groups[key] = best.Count;
                best.Add(r);
            }
            else if (r.Confidence.CompareTo(best[index].Confidence) > 0)
            {
                best[index] = r;
            }
        }

        return [.. best];
    }

    private string Slice(int from, int to) => from < to ? _text[from..to] : string.Empty;

    /// <summary><see cref="Slice"/> without the copy.</summary>
    private ReadOnlySpan<char> SpanOf(int from, int to) => from < to ? _text.AsSpan(from, to - from) : [];

    /// <summary>The hit covering <paramref name="position"/> (hits are disjoint), or null.</summary>
    private LexiconHit? HitAt(int position)
    {
        if (position < 0 || position >= _text.Length)
        {
            return null;
        }

        var i = LowerBound(_hitStarts, position + 1) - 1;
        return i >= 0 && _hits[i].Span.End > position ? _hits[i] : null;
    }

    /// <summary>The hits that start in [from, to) and end by <paramref name="to"/>, in text order.</summary>
    private IEnumerable<LexiconHit> HitsIn(int from, int to)
    {
        for (var i = FirstHitFrom(from); i < _hits.Count && _hits[i].Span.Start < to; i++)
        {
            if (_hits[i].Span.End <= to)
            {
                yield return _hits[i];
            }
        }
    }

    /// <summary><see cref="HitsIn"/> for foreach loops, without an iterator object.</summary>
    private HitRange HitsWithin(int from, int to) => new(_hits, FirstHitFrom(from), to);

    private bool HasCue(TextSpan range, CueKind kind) => HasCue(range.Start, range.End, kind);

    /// <summary>Whether a hit inside [from, to) carries a cue of <paramref name="kind"/>.</summary>
    private bool HasCue(int from, int to, CueKind kind)
    {
        for (var i = FirstHitFrom(from); i < _hits.Count && _hits[i].Span.Start < to; i++)
        {
            if (_hits[i].Span.End <= to && _hits[i].Has(kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first hit (hits are disjoint, in text order) starting at or after <paramref name="position"/>.</summary>
    private int FirstHitFrom(int position) => LowerBound(_hitStarts, position);

    /// <summary>The first index of the ascending <paramref name="values"/> whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(int[] values, int value)
    {
        var lo = 0;
        var hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
