using System.Collections.Immutable;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Resolution;

/// <summary>
/// A Lucene index of a layer's names: one document per entity, with its keys in an exact field (script-normalised,
/// case-folded) and a compact field (no spaces/hyphens). A lookup reads the exact and compact terms' postings, and for
/// fuzzy candidates walks the compact terms that share the first letters, keeping those within the edit distance.
/// Read-only once built; safe for concurrent lookups.
/// </summary>
/// <remarks>
/// Fuzzy lookups walk the term dictionary instead of running Lucene's FuzzyQuery: with a shared prefix and one edit
/// the terms to check are a handful, while FuzzyQuery builds Levenshtein automata for every query, which cost more than
/// the rest of an article's resolution. Document ids are mapped once, when the index opens, to entity ids.
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
        // Each document holds one entity's id as an indexed term: walking the id field's postings names every document
        // without loading stored fields.
        var terms = reader.GetTerms(IdField);
        if (terms is null)
        {
            return;
        }

        var enumerator = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (enumerator.MoveNext())
        {
            var id = enumerator.Term.Utf8ToString();
            docs = enumerator.Docs(null, docs, DocsFlags.NONE);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                _ids[docs.DocID] = id;
            }
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
        // The whole index is flushed as one plain (non-compound) segment, which is already what ForceMerge(1) asks
        // for: nothing is rewritten, and no merge thread is started.
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            UseCompoundFile = false,
            RAMBufferSizeMB = 256,
            MergeScheduler = new SerialMergeScheduler(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (id, keys) in KeysById(byExact, byCompact))
            {
                var document = new Document { new StringField(IdField, id, Field.Store.NO) };
                foreach (var (field, key) in keys)
                {
                    document.Add(new StringField(field, key, Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        return new AliasIndex(SlowCompositeReaderWrapper.Wrap(DirectoryReader.Open(directory)));
    }

    /// <summary>
    /// One document per entity with all its exact and compact keys (a term's postings list each entity once, as one
    /// document per key and entity did), entities in id order.
    /// </summary>
    private static SortedDictionary<string, List<(string Field, string Key)>> KeysById(
        IReadOnlyDictionary<string, ImmutableArray<string>> byExact,
        IReadOnlyDictionary<string, ImmutableArray<string>> byCompact)
    {
        var keysById = new SortedDictionary<string, List<(string Field, string Key)>>(StringComparer.Ordinal);
        Collect(keysById, ExactField, byExact);
        Collect(keysById, CompactField, byCompact);
        return keysById;
    }

    private static void Collect(
        SortedDictionary<string, List<(string Field, string Key)>> keysById,
        string field,
        IReadOnlyDictionary<string, ImmutableArray<string>> keys)
    {
        foreach (var (key, ids) in keys)
        {
            foreach (var id in ids)
            {
                if (!keysById.TryGetValue(id, out var list))
                {
                    keysById[id] = list = [];
                }

                list.Add((field, key));
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
