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
/// normalised, case-folded) and compact key (no spaces/hyphens). A lookup is one query: exact OR compact OR fuzzy.
/// Read-only once built; IndexSearcher is safe for concurrent searches.
/// </summary>
internal sealed class AliasIndex
{
    private const string IdField = "id";
    private const string ExactField = "exact";
    private const string CompactField = "compact";
    private const int MaxHits = 16;

    private readonly IndexSearcher _searcher;

    private AliasIndex(IndexSearcher searcher)
    {
        _searcher = searcher;
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

            writer.Commit();
        }

        return new AliasIndex(new IndexSearcher(DirectoryReader.Open(directory)));
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

        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ExactField, exact)) { Boost = 4 }, Occur.SHOULD },
            { new TermQuery(new Term(CompactField, compact)) { Boost = 2 }, Occur.SHOULD },
        };
        if (FuzzyRules.Eligible(compact))
        {
            // Variants keep their first letters; the prefix keeps the term enumeration small.
            query.Add(new FuzzyQuery(new Term(CompactField, compact), FuzzyRules.MaxEdits(compact), FuzzyRules.PrefixLength), Occur.SHOULD);
        }

        var best = new Dictionary<string, MatchKind>(StringComparer.Ordinal);
        foreach (var hit in _searcher.Search(query, MaxHits).ScoreDocs)
        {
            var document = _searcher.Doc(hit.Doc);
            var id = Get(document, IdField);
            var kind = Get(document, ExactField) == exact ? MatchKind.Exact
                : Get(document, CompactField) == compact ? MatchKind.Compact
                : MatchKind.Fuzzy;
            if (kind == MatchKind.Fuzzy && !FuzzyRules.Accept(compact, Get(document, CompactField)))
            {
                continue;
            }

            if (!best.TryGetValue(id, out var known) || kind < known)
            {
                best[id] = kind;
            }
        }

        return best.Select(p => new NameCandidate(p.Key, p.Value))
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.EntityId, StringComparer.Ordinal)
            .ToList();
    }
}
