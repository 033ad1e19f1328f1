using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>
/// The hits (disjoint, in text order) from index <c>first</c> on that start before <c>to</c> and end by it, in text
/// order: what <c>DocumentAnalysis.HitsIn</c> yields, enumerated by foreach without allocating an iterator.
/// </summary>
internal readonly struct HitRange
{
    private readonly List<LexiconHit> _hits;
    private readonly int _first;
    private readonly int _to;

    public HitRange(List<LexiconHit> hits, int first, int to)
    {
        _hits = hits;
        _first = first;
        _to = to;
    }

    public Enumerator GetEnumerator() => new(_hits, _first, _to);

    internal struct Enumerator
    {
        private readonly List<LexiconHit> _hits;
        private readonly int _to;
        private int _index;

        public Enumerator(List<LexiconHit> hits, int first, int to)
        {
            _hits = hits;
            _to = to;
            _index = first - 1;
        }

        public readonly LexiconHit Current => _hits[_index];

        public bool MoveNext()
        {
            while (++_index < _hits.Count && _hits[_index].Span.Start < _to)
            {
                if (_hits[_index].Span.End <= _to)
                {
                    return true;
                }
            }

            // Stay past the range, however often MoveNext is called again.
            _index = _hits.Count;
            return false;
        }
    }
}
