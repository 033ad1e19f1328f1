using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;
using Tupu.Pipeline.Running;
using Tupu.Text.Reading;

namespace Tupu.Pipeline.Evaluation;

/// <summary>
/// Scores the pipeline against the gold annotations: entity precision/recall by type (a gold entity is found when a
/// predicted entity of its type has its name among its aliases) and relation precision/recall/F1 by type (type,
/// certainty and both endpoints must agree). Articles run in path order, each learning from the ones before, as in an
/// ingest. Splits are the first folder under the corpus root (articles, heldout), so unseen text is scored apart.
/// </summary>
public sealed class CorpusEvaluator(EntityLexicon lexicon)
{
    public IReadOnlyList<Score> Evaluate(string corpusRoot, GoldStandard gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var analyzer = new ArticleAnalyzer();
        var reader = new ArticleReader();
        var catalog = EntityCatalog.Build(lexicon, []);
        var mapper = new GraphMapper(OutletDirectory.Build(lexicon, []));
        var tallies = new Dictionary<(string Split, string Kind, string Type), int[]>();

        foreach (var path in gold.Articles)
        {
            var split = path.Split('/')[0];
            var batch = Analyze(Path.Combine(corpusRoot, path));
            if (batch is not null)
            {
                catalog = batch.Value.Catalog;
            }

            var predictedEntities = batch?.Batch.Entities ?? [];
            var goldEntities = gold.Entities.Where(e => e.Article == path).ToList();
            foreach (var type in Enum.GetValues<EntityType>())
            {
                var predicted = predictedEntities.Where(e => e.Type == type).Select(Keys).ToList();
                var expected = goldEntities.Where(e => e.Type == type).Select(e => NameKey.Of(e.Name)).Distinct(StringComparer.Ordinal).ToList();
                Add(split, "entity", type.ToString(), Match(expected, predicted, (g, p) => p.Contains(g)));
            }

            var byId = predictedEntities.ToDictionary(e => e.Id, Keys, StringComparer.Ordinal);
            var predictedRelations = (batch?.Batch.Relations ?? [])
                .DistinctBy(r => (r.Type, r.SubjectId, r.ObjectId, r.Certainty))
                .Select(r => (r.Type, r.Certainty, Subject: byId.GetValueOrDefault(r.SubjectId) ?? [], Object: byId.GetValueOrDefault(r.ObjectId) ?? []))
                .ToList();
            var goldRelations = gold.Relations.Where(r => r.Article == path).ToList();
            foreach (var type in RelationTypes.All.Where(t => t.IsSemantic()))
            {
                var predicted = predictedRelations.Where(r => r.Type == type).ToList();
                var expected = goldRelations.Where(r => r.Type == type).ToList();
                Add(split, "relation", type.SchemaName(), Match(
                    expected,
                    predicted,
                    (g, p) => g.Certainty == p.Certainty && p.Subject.Contains(NameKey.Of(g.Subject)) && p.Object.Contains(NameKey.Of(g.Object))));
            }
        }

        return [.. tallies
            .Where(kv => kv.Value.Sum() > 0)
            .OrderBy(kv => kv.Key.Split, StringComparer.Ordinal).ThenBy(kv => kv.Key.Kind, StringComparer.Ordinal).ThenBy(kv => kv.Key.Type, StringComparer.Ordinal)
            .Select(kv => new Score(kv.Key.Split, kv.Key.Kind, kv.Key.Type, kv.Value[0], kv.Value[1], kv.Value[2]))];

        void Add(string split, string kind, string type, (int Tp, int Fp, int Fn) counts)
        {
            foreach (var key in new[] { (split, kind, type), (split, kind, "all") })
            {
                var tally = tallies.TryGetValue(key, out var t) ? t : tallies[key] = new int[3];
                tally[0] += counts.Tp;
                tally[1] += counts.Fp;
                tally[2] += counts.Fn;
            }
        }

        (GraphBatch Batch, EntityCatalog Catalog)? Analyze(string file)
        {
            var input = reader.Discover([file]).Single();
            var article = input.Error is null ? reader.Read(input).FirstOrDefault()?.Article : null;
            if (article is null)
            {
                return null;
            }

            var mentioned = analyzer.Recognize(article, new MentionRecognizer(catalog));
            var resolved = ArticleAnalyzer.Resolve(mentioned, catalog);
            return (analyzer.Extract(resolved, mapper), catalog.Learn(resolved));
        }
    }

    private static HashSet<string> Keys(Entity entity) =>
        [.. entity.Aliases.Append(entity.Name).Select(NameKey.Of)];

    /// <summary>Greedy one-to-one matching: true positives, false positives, false negatives.</summary>
    private static (int Tp, int Fp, int Fn) Match<TGold, TPredicted>(List<TGold> gold, List<TPredicted> predicted, Func<TGold, TPredicted, bool> agrees)
    {
        var used = new bool[predicted.Count];
        var tp = 0;
        foreach (var g in gold)
        {
            for (var i = 0; i < predicted.Count; i++)
            {
                if (!used[i] && agrees(g, predicted[i]))
                {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }

        return (tp, predicted.Count - tp, gold.Count - tp);
    }
}
