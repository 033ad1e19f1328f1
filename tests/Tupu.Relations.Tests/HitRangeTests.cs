using System.Collections.Immutable;
using Tupu.Domain.Text;
using Tupu.Relations.Analysis;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Tests;

/// <summary>The struct range the sentence loops enumerate yields exactly the hits the iterator it replaced yields.</summary>
public sealed class HitRangeTests
{
    [Fact]
    public void Yields_the_hits_that_start_after_from_and_end_by_to()
    {
        var random = new Random(7);
        var hits = new List<LexiconHit>();
        for (var at = 0; at < 400;)
        {
            at += random.Next(0, 4);
            var length = random.Next(1, 5);
            hits.Add(new LexiconHit(new TextSpan(at, at + length), ImmutableArray<TriggerEntry>.Empty, ImmutableArray<CueEntry>.Empty));
            at += length;
        }

        var starts = hits.Select(h => h.Span.Start).ToArray();
        for (var from = 0; from < 420; from += 3)
        {
            for (var to = from; to < 430; to += 7)
            {
                var first = starts.Count(s => s < from);
                var actual = new List<LexiconHit>();
                foreach (var hit in new HitRange(hits, first, to))
                {
                    actual.Add(hit);
                }

                Assert.Equal(Reference(hits, first, to), actual);
            }
        }
    }

    /// <summary>The iterator <c>DocumentAnalysis.HitsIn</c> was.</summary>
    private static IEnumerable<LexiconHit> Reference(List<LexiconHit> hits, int first, int to)
    {
        for (var i = first; i < hits.Count && hits[i].Span.Start < to; i++)
        {
            if (hits[i].Span.End <= to)
            {
                yield return hits[i];
            }
        }
    }
}
