namespace Tupu.Domain.Text;

/// <summary>
/// Maps offsets in a derived text (the normalised analysis text) back to offsets in the text it came from
/// (the source text as the article printed it). Entry i is the source offset of derived character i;
/// one extra final entry maps the derived end to the source end, so spans map as half-open ranges.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _sourceOffsets;
    private readonly int[]? _sourceEnds;

    public OffsetMap(int[] sourceOffsets, int sourceLength)
    {
        ArgumentNullException.ThrowIfNull(sourceOffsets);
        if (sourceOffsets.Length == 0 || sourceOffsets[^1] > sourceLength)
        {
            throw new TupuException(ErrorCode.InvalidOffsetMap, "An offset map needs a final entry within the source.");
        }

        for (var i = 1; i < sourceOffsets.Length; i++)
        {
            if (sourceOffsets[i] < sourceOffsets[i - 1])
            {
                throw new TupuException(ErrorCode.InvalidOffsetMap, $"Offset map is not monotonic at {i}.");
            }
        }

        _sourceOffsets = sourceOffsets;
        SourceLength = sourceLength;
    }

    /// <summary>
    /// A map that also knows where each derived character's source ends, so text dropped after a character (a removed
    /// gloss, a stripped link target) is never quoted with it. <paramref name="sourceEnds"/>[i] is the exclusive source
    /// end of derived character i (at least its start).
    /// </summary>
    public OffsetMap(int[] sourceOffsets, int[] sourceEnds, int sourceLength)
        : this(sourceOffsets, sourceLength)
    {
        ArgumentNullException.ThrowIfNull(sourceEnds);
        if (sourceEnds.Length != sourceOffsets.Length - 1)
        {
            throw new TupuException(ErrorCode.InvalidOffsetMap, "An offset map needs one source end per derived character.");
        }

        for (var i = 0; i < sourceEnds.Length; i++)
        {
            if (sourceEnds[i] < sourceOffsets[i] || sourceEnds[i] > sourceLength)
            {
                throw new TupuException(ErrorCode.InvalidOffsetMap, $"Source end of derived character {i} is out of range.");
            }
        }

        _sourceEnds = sourceEnds;
    }

    /// <summary>Length of the derived text.</summary>
    public int DerivedLength => _sourceOffsets.Length - 1;

    /// <summary>Length of the source text.</summary>
    public int SourceLength { get; }

    /// <summary>The identity map for a text that was not changed.</summary>
    public static OffsetMap Identity(int length)
    {
        var offsets = new int[length + 1];
        for (var i = 0; i <= length; i++)
        {
            offsets[i] = i;
        }

        return new OffsetMap(offsets, length);
    }

    /// <summary>Source offset of derived offset <paramref name="derivedOffset"/> (0..DerivedLength).</summary>
    public int ToSource(int derivedOffset) => _sourceOffsets[derivedOffset];

    /// <summary>
    /// The source span a derived span came from. The end maps through the last covered character so that
    /// text dropped between two derived characters (a removed gloss, say) is not pulled into the span.
    /// </summary>
    public TextSpan ToSource(TextSpan derived)
    {
        if (derived.IsEmpty)
        {
            var at = _sourceOffsets[derived.Start];
            return new TextSpan(at, at);
        }

        var start = _sourceOffsets[derived.Start];
        if (_sourceEnds is not null)
        {
            return new TextSpan(start, Math.Max(start, _sourceEnds[derived.End - 1]));
        }

        var lastStart = _sourceOffsets[derived.End - 1];
        var nextStart = _sourceOffsets[derived.End];
        // A derived character usually covers source [lastStart, nextStart); when source text was dropped
        // after it, nextStart jumps ahead, so the character covers at least one source character.
        var end = nextStart > lastStart ? Math.Min(nextStart, SourceEndOf(derived.End - 1)) : lastStart + 1;
        return new TextSpan(start, Math.Max(start, Math.Min(end, SourceLength)));
    }

    /// <summary>Composes two maps: this (derived → middle) after <paramref name="inner"/> (middle → source).</summary>
    public OffsetMap ComposeWith(OffsetMap inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var composed = new int[_sourceOffsets.Length];
        for (var i = 0; i < composed.Length; i++)
        {
            composed[i] = inner.ToSource(_sourceOffsets[i]);
        }

        if (_sourceEnds is null)
        {
            return new OffsetMap(composed, inner.SourceLength);
        }

        var ends = new int[_sourceEnds.Length];
        for (var i = 0; i < ends.Length; i++)
        {
            ends[i] = _sourceEnds[i] > _sourceOffsets[i]
                ? inner.ToSource(new TextSpan(_sourceOffsets[i], _sourceEnds[i])).End
                : composed[i];
        }

        return new OffsetMap(composed, ends, inner.SourceLength);
    }

    private int SourceEndOf(int derivedIndex)
    {
        // Characters whose source start equals the next one's (expansions such as NFKC "㈱" → "(株)") share one source span.
        var start = _sourceOffsets[derivedIndex];
        var next = _sourceOffsets[derivedIndex + 1];
        return next > start ? next : start + 1;
    }
}
