using System.Collections.Immutable;
using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Resolution;

/// <summary>
/// A Lucene index of a layer's names: one document per (key, entity) in an exact field (script-normalised, case-folded)
/// or a compact field (no spaces/hyphens). A lookup reads the exact and compact terms' postings, and for fuzzy candidates
/// walks the compact terms that share the first letters, keeping those within the edit distance. Read-only once built;
/// safe for concurrent lookups.
/// </summary>
/// <remarks>
/// Fuzzy lookups walk the term dictionary instead of running Lucene's FuzzyQuery: with a shared prefix and one edit
/// the terms to check are a handful, while FuzzyQuery builds Levenshtein automata for every query, which cost more than
/// the rest of an article's resolution. Documents are read once, when the index opens, into an array of entity ids.
/// </remarks>
internal sealed class AliasIndex
{
    private const string IdField = "id";
    private const string ExactField = "exact";
    private const string CompactField = "compact";

    private readonly AtomicReader _reader;
    private readonly string[] _ids;

    private AliasIndex(AtomicReader reader)
    {
        _reader = reader;
        _ids = new string[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            _ids[doc] = reader.Document(doc).Get(IdField, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>An index of a layer's ids by exact and by compact key.</summary>
    public static AliasIndex Build(
        IReadOnlyDictionary<string, ImmutableArray<string>> byExact,
        IReadOnlyDictionary<string, ImmutableArray<string>> byCompact)
    {
        ArgumentNullException.ThrowIfNull(byExact);
        ArgumentNullException.ThrowIfNull(byCompact);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            Add(writer, ExactField, byExact);
            Add(writer, CompactField, byCompact);
            writer.ForceMerge(1);
            writer.Commit();
        }

        return new AliasIndex(SlowCompositeReaderWrapper.Wrap(DirectoryReader.Open(directory)));
    }

    private static void Add(IndexWriter writer, string field, IReadOnlyDictionary<string, ImmutableArray<string>> keys)
    {
        foreach (var (key, ids) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            foreach (var id in ids)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, id, Field.Store.YES),
                    new StringField(field, key, Field.Store.NO),
                });
            }
        }
    }

    /// <summary>Candidates for a surface, best match kind per entity, exact before compact before fuzzy.</summary>
    public IReadOnlyList<NameCandidate> Search(string surface)
    {
        var exact = NameKeys.Exact(surface);
        return Search(exact, NameKeys.CompactOfExact(exact));
    }

    /// <summary>Candidates for a surface given its exact and compact keys.</summary>
    public IReadOnlyList<NameCandidate> Search(string exact, string compact)
    {
        if (compact.Length == 0)
        {
            return [];
        }

        var best = new List<NameCandidate>();
        Offer(best, ExactField, exact, MatchKind.Exact);
        // A name whose compact key matches and whose exact key matches too was offered as exact above.
        Offer(best, CompactField, compact, MatchKind.Compact);
        if (FuzzyRules.Eligible(compact))
        {
            foreach (var term in FuzzyNeighbours(compact))
            {
                Offer(best, CompactField, term, MatchKind.Fuzzy);
            }
        }

        best.Sort(NameCandidate.ByKindThenId);
        return best;
    }

    /// <summary>Offers every entity whose <paramref name="field"/> holds <paramref name="key"/>, keeping each entity's best kind.</summary>
    private void Offer(List<NameCandidate> best, string field, string key, MatchKind kind)
    {
        var docs = _reader.GetTermDocsEnum(new Term(field, key));
        if (docs is null)
        {
            return;
        }

        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            Offer(best, _ids[docs.DocID], kind);
        }
    }

    private static void Offer(List<NameCandidate> best, string id, MatchKind kind)
    {
        for (var i = 0; i < best.Count; i++)
        {
            if (string.Equals(best[i].EntityId, id, StringComparison.Ordinal))
            {
                if (kind < best[i].Kind)
                {
                    best[i] = new NameCandidate(id, kind);
                }

                return;
            }
        }

        best.Add(new NameCandidate(id, kind));
    }

    /// <summary>Compact terms other than <paramref name="compact"/> that share its prefix and are within the edit distance.</summary>
    private List<string> FuzzyNeighbours(string compact)
    {
        var found = new List<string>();
        var terms = _reader.GetTerms(CompactField);
        if (terms is null)
        {
            return found;
        }

        // Terms are UTF-8: a prefix that cuts a surrogate pair ends in U+FFFD there, as in a FuzzyQuery's prefix.
        var prefix = new BytesRef(compact[..FuzzyRules.PrefixLength]);
        var edits = FuzzyRules.MaxEdits(compact);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        do
        {
            var term = enumerator.Term;
            if (!StringHelper.StartsWith(term, prefix))
            {
                break;
            }

            var candidate = term.Utf8ToString();
            if (Math.Abs(candidate.Length - compact.Length) <= edits && candidate != compact && FuzzyRules.Accept(compact, candidate))
            {
                found.Add(candidate);
            }
        }
        while (enumerator.MoveNext());

        return found;
    }
}
