using System.Buffers;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// What the discoverers of one document share: the text, the lexicon matches and cue words already found (which bound
/// name runs), and the alias pairs found so far. Lives for one <see cref="MentionRecognizer.Recognize"/> call, which
/// disposes of it.
/// </summary>
/// <remarks>
/// Its arrays by offset, a slot for each character of the text, are rented from the shared pool and returned on
/// disposal: made new for every article (three arrays, and two dictionaries of cues where two more arrays are now), they
/// were a quarter of what recognition allocated.
/// </remarks>
internal sealed class RecognitionContext : IDisposable
{
    // Slots in use in each array (one per character and one past the end); a rented array may be longer.
    private readonly int _slots;
    private int[] _lexiconAt;
    private bool[] _cueAt;
    // The end of the first SmartCn token starting at each offset, or -1: an array, as every offset is looked up.
    private int[] _tokenEndByStart;
    // One more than the index of the first cue that starts (ends) at each offset, or 0.
    private int[] _cueStartingAt;
    private int[] _cueEndingAt;

    public RecognitionContext(TokenizedDocument document, EntityCatalog catalog, RecognitionData data, IReadOnlyList<Candidate> lexicon, IReadOnlyList<CueHit> cues)
    {
        Document = document;
        Text = document.Document.Text;
        Catalog = catalog;
        Data = data;
        Lexicon = lexicon;
        Cues = cues;
        _slots = Text.Length + 1;
        _lexiconAt = Rent(_slots, -1);
        for (var i = 0; i < lexicon.Count; i++)
        {
            for (var at = lexicon[i].Span.Start; at < lexicon[i].Span.End; at++)
            {
                _lexiconAt[at] = i;
            }
        }

        _cueAt = Rent(_slots, false);
        _cueStartingAt = Rent(_slots, 0);
        _cueEndingAt = Rent(_slots, 0);
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            if (_cueStartingAt[cue.Span.Start] == 0)
            {
                _cueStartingAt[cue.Span.Start] = c + 1;
            }

            if (_cueEndingAt[cue.Span.End] == 0)
            {
                _cueEndingAt[cue.Span.End] = c + 1;
            }

            for (var at = cue.Span.Start; at < cue.Span.End; at++)
            {
                _cueAt[at] = true;
            }
        }

        _tokenEndByStart = Rent(_slots, -1);
        foreach (var token in document.Tokens)
        {
            if ((uint)token.Span.Start < (uint)_slots && _tokenEndByStart[token.Span.Start] < 0)
            {
                _tokenEndByStart[token.Span.Start] = token.Span.End;
            }
        }
    }

    public TokenizedDocument Document { get; }

    public string Text { get; }

    public EntityCatalog Catalog { get; }

    public RecognitionData Data { get; }

    public IReadOnlyList<Candidate> Lexicon { get; }

    public IReadOnlyList<CueHit> Cues { get; }

    public List<AliasPair> Pairs { get; } = [];

    public CueHit? CueStartingAt(int at) => CueAt(_cueStartingAt, at);

    public CueHit? CueEndingAt(int at) => CueAt(_cueEndingAt, at);

    /// <summary>Inside a lexicon match or a cue word: a discovered name cannot run through it.</summary>
    // Through spans of the slots in use: a rented array may be longer, and an offset past them must fail, not read
    // what the array's last user left there.
    public bool IsBlocked(int at) => _lexiconAt.AsSpan(0, _slots)[at] >= 0 || _cueAt.AsSpan(0, _slots)[at];

    public bool IsLexicon(int at) => _lexiconAt.AsSpan(0, _slots)[at] >= 0;

    public bool OverlapsLexicon(TextSpan span)
    {
        var lexiconAt = _lexiconAt.AsSpan(0, _slots);
        for (var at = span.Start; at < span.End; at++)
        {
            if (lexiconAt[at] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The SmartCn token starting at an offset, when it is a word of two or more characters.</summary>
    public bool MultiCharTokenStartsAt(int at) => TokenEndAt(at) is var end and >= 0 && end - at >= 2;

    /// <summary>
    /// Whether SmartCn found a dictionary word of two or more characters inside the span. SmartCn splits names it does
    /// not know into single characters, so a run holding a known word (编程, 自研, 担任) is ordinary text, not a new name.
    /// </summary>
    public bool ContainsKnownWord(TextSpan span)
    {
        for (var at = span.Start; at < span.End - 1; at++)
        {
            if (TokenEndAt(at) is var end and >= 0 && end - at >= 2 && end <= span.End && IsHanAt(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a boundary word (的, 表示, 发布…) starts at this offset.</summary>
    public bool BoundaryStartsAt(int at)
    {
        var lookup = Data.Boundaries.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = 1; length <= Data.MaxBoundaryLength && at + length <= Text.Length; length++)
        {
            if (lookup.Contains(Text.AsSpan(at, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a boundary word ends at this offset.</summary>
    public bool BoundaryEndsAt(int end)
    {
        var lookup = Data.Boundaries.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = 1; length <= Data.MaxBoundaryLength && end - length >= 0; length++)
        {
            if (lookup.Contains(Text.AsSpan(end - length, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An array from the shared pool whose first <paramref name="slots"/> slots hold <paramref name="initial"/>.</summary>
    private static T[] Rent<T>(int slots, T initial)
    {
        var array = ArrayPool<T>.Shared.Rent(slots);
        array.AsSpan(0, slots).Fill(initial);
        return array;
    }

    private CueHit? CueAt(int[] byOffset, int at) => (uint)at < (uint)_slots && byOffset[at] > 0 ? Cues[byOffset[at] - 1] : null;

    private int TokenEndAt(int at) => (uint)at < (uint)_slots ? _tokenEndByStart[at] : -1;

    public bool IsHanAt(int at) => at >= 0 && at < Text.Length && CharClass.IsHan(Text[at]);

    /// <summary>Returns the arrays to the pool; the context answers no more questions.</summary>
    public void Dispose()
    {
        if (_lexiconAt.Length == 0)
        {
            return;
        }

        ArrayPool<int>.Shared.Return(_lexiconAt);
        ArrayPool<bool>.Shared.Return(_cueAt);
        ArrayPool<int>.Shared.Return(_tokenEndByStart);
        ArrayPool<int>.Shared.Return(_cueStartingAt);
        ArrayPool<int>.Shared.Return(_cueEndingAt);
        (_lexiconAt, _cueAt, _tokenEndByStart, _cueStartingAt, _cueEndingAt) = ([], [], [], [], []);
    }
}
