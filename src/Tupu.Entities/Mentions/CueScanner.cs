using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>Finds cue words (titles, organisation suffixes, model and outlet words) outside lexicon matches.</summary>
internal static class CueScanner
{
    public static List<CueHit> Find(string text, RecognitionData data, IReadOnlyList<Candidate> lexicon)
    {
        var covered = new bool[text.Length];
        foreach (var candidate in lexicon)
        {
            Array.Fill(covered, true, candidate.Span.Start, candidate.Span.Length);
        }

        var hits = new List<CueHit>();
        foreach (var (span, keys) in TrieScanner.Scan(text, data.CueTrie))
        {
            if (!covered[span.Start] && !covered[span.End - 1])
            {
                hits.Add(new CueHit(span, data.CuesByKey[keys[0]]));
            }
        }

        return hits;
    }
}
