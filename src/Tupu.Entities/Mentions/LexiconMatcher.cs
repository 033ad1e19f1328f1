using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>Recogniser 1: catalog names found by the automaton (longest match, Latin names on word boundaries).</summary>
internal static class LexiconMatcher
{
    public static List<Candidate> Find(string text, EntityCatalog catalog)
    {
        var candidates = new List<Candidate>();
        foreach (var (span, ids) in TrieScanner.Scan(text, catalog.Base.Trie))
        {
            // An ambiguous name keeps its first entity here; the resolver chooses again with the article's context.
            var entity = catalog.Get(ids[0]);
            candidates.Add(new Candidate(span, entity.Type, CandidateKind.Lexicon, Confidences.Lexicon, "lexicon", entity.Id, entity.Source));
        }

        return candidates;
    }
}
