using System.Collections.Immutable;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;
using Tupu.Entities.Resolution;

namespace Tupu.Entities.Tests.Resolution;

/// <summary>The in-memory alias index answers as the Lucene index it replaced, for every lexicon name and its variants.</summary>
public sealed class AliasIndexTests
{
    [Fact]
    public void Agrees_with_the_Lucene_index_on_lexicon_names_and_one_edit_variants()
    {
        var names = EntityLexicon.LoadDefault().Entries
            .Select(LexiconEntities.ToEntity)
            .SelectMany(e => EntityMerge.IndexableNames(e, _ => false, new HashSet<string>()).Select(n => NameEntry.Of(n, e.Id)))
            .ToList();
        // Keys with unpaired surrogates and a shared prefix: stored as U+FFFD by Lucene's UTF-8 terms.
        names.Add(new NameEntry("ab\uD800cdef", "x/lone", "ab\uD800cdef", "ab\uD800cdef"));
        names.Add(new NameEntry("ab\uFFFDcdeg", "x/replacement", "ab\uFFFDcdeg", "ab\uFFFDcdeg"));
        var byExact = Group(names, n => n.Exact);
        var byCompact = Group(names, n => n.Compact);
        var lucene = LuceneAliasIndex.Build(byExact, byCompact);
        var index = AliasIndex.Build(byExact, byCompact);

        var queries = new HashSet<string>(StringComparer.Ordinal) { "ab\uD800cdeg", "ab\uDC00cdef", "ab\uFFFDcdef", string.Empty };
        foreach (var key in byCompact.Keys.Concat(byExact.Keys))
        {
            queries.Add(key);
            for (var i = 0; i < key.Length; i++)
            {
                queries.Add(key.Remove(i, 1));
                queries.Add(key.Insert(i, "x"));
                queries.Add(key[..i] + (key[i] == 'e' ? 'a' : 'e') + key[(i + 1)..]);
            }
        }

        var checkedQueries = 0;
        foreach (var query in queries)
        {
            var compact = NameKeys.CompactOfExact(query);
            var expected = lucene.Search(query, compact);
            var actual = index.Search(query, compact);
            Assert.Equal(expected, actual);
            checkedQueries++;
        }

        Assert.True(checkedQueries > 10_000);
    }

    private static Dictionary<string, ImmutableArray<string>> Group(IEnumerable<NameEntry> names, Func<NameEntry, string> key) =>
        names.GroupBy(key, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.Select(n => n.EntityId).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
}
