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
/// An in-memory Lucene index of every name and alias: one document per (name, entity) with its exact key (script-
/// normalised, case-folded) and compact key (no spaces/hyphens). A lookup reads the exact and compact terms, and for
/// fuzzy candidates walks the compact terms that share the first letters, keeping those within the edit distance.
/// Read-only once built; safe for concurrent lookups.
/// </summary>
/// <remarks>
/// Fuzzy lookups walk the term dictionary instead of running Lucene's FuzzyQuery: with a shared prefix and one edit
/// the terms to check are a handful, while FuzzyQuery builds Levenshtein automata for every query, which cost more than
/// the rest of an article's resolution.
/// </remarks>
internal sealed class AliasIndex
{
    private const string IdField = "id";
    private const string ExactField = "exact";
    private const string CompactField = "compact";

    private readonly AtomicReader _reader;
    private readonly string[] _ids;
    private readonly string[] _exact;
    private readonly string[] _compact;

    private AliasIndex(AtomicReader reader)
    {
        _reader = reader;
        _ids = new string[reader.MaxDoc];
        _exact = new string[reader.MaxDoc];
        _compact = new string[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var document = reader.Document(doc);
            _ids[doc] = Get(document, IdField);
            _exact[doc] = Get(document, ExactField);
            _compact[doc] = Get(document, CompactField);
        }
    }

    public static AliasIndex Build(IEnumerable<(string Name, string EntityId)> names)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (name, id) in names)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, id, Field.Store.YES),
                    new StringField(ExactField, NameKeys.Exact(name), Field.Store.YES),
                    new StringField(CompactField, NameKeys.Compact(name), Field.Store.YES),
                });
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        return new AliasIndex(SlowCompositeReaderWrapper.Wrap(DirectoryReader.Open(directory)));
    }

    private static string Get(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);

    /// <summary>Candidates for a surface, best match kind per entity, exact before compact before fuzzy.</summary>
    public IReadOnlyList<NameCandidate> Search(string surface)
    {
        var exact = NameKeys.Exact(surface);
        var compact = NameKeys.Compact(surface);
        if (compact.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<string, MatchKind>(StringComparer.Ordinal);
        foreach (var doc in Documents(ExactField, exact))
        {
            Offer(best, doc, MatchKind.Exact);
        }

        foreach (var doc in Documents(CompactField, compact))
        {
            Offer(best, doc, _exact[doc] == exact ? MatchKind.Exact : MatchKind.Compact);
        }

        if (FuzzyRules.Eligible(compact))
        {
            foreach (var term in FuzzyNeighbours(compact))
            {
                foreach (var doc in Documents(CompactField, term))
                {
                    Offer(best, doc, MatchKind.Fuzzy);
                }
            }
        }

        return best.Select(p => new NameCandidate(p.Key, p.Value))
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.EntityId, StringComparer.Ordinal)
            .ToList();
    }

    private void Offer(Dictionary<string, MatchKind> best, int doc, MatchKind kind)
    {
        var id = _ids[doc];
        if (!best.TryGetValue(id, out var known) || kind < known)
        {
            best[id] = kind;
        }
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

    private IEnumerable<int> Documents(string field, string key)
    {
        var docs = _reader.GetTermDocsEnum(new Term(field, key));
        if (docs is null)
        {
            yield break;
        }

        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            yield return docs.DocID;
        }
    }
}
