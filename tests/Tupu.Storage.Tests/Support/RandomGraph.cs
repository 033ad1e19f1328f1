using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Support;

/// <summary>
/// A store written from a seeded random mix of every shape the graph has: claims of every semantic type between allowed
/// endpoints (some negated, some repeated across articles), model families (derived VERSION_OF), outlets (PUBLISHED) and
/// mentions, plus one extracted VERSION_OF that overrides a derived one.
/// </summary>
internal static class RandomGraph
{
    public static async Task WriteAsync(TempStore temp, int seed, int articles = 60)
    {
        var random = new Random(seed);
        var families = Enumerable.Range(0, 4).Select(i => Model($"m{i}", $"Model {i}", $"模型{i}")).ToArray();
        var versions = Enumerable.Range(0, 4).Select(i => Model($"m{i}.5", $"Model {i}.5") with { FamilyId = families[i].Id }).ToArray();
        Entity[] entities =
        [
            .. Enumerable.Range(0, 8).Select(i => Company($"c{i}", $"Company {i}", $"公司{i}", $"公司{i}集团")),
            .. families,
            .. versions,
            .. Enumerable.Range(0, 6).Select(i => Person($"p{i}", $"Person {i}", $"人物{i}")),
        ];
        var outlets = Enumerable.Range(0, 3).Select(i => Outlet($"o{i}", $"Outlet {i}", $"媒体{i}")).ToArray();
        var semantic = RelationTypes.All.Where(t => t.IsSemantic()).ToArray();

        for (var a = 0; a < articles; a++)
        {
            var article = Article($"random/{a}.txt", published: new DateOnly(2024, 1 + (a % 12), 1 + (a % 28)));
            var outlet = random.Next(3) == 0 ? null : outlets[random.Next(outlets.Length)];
            var chosen = entities.OrderBy(_ => random.Next()).Take(random.Next(3, 8)).ToList();
            // A version's family must be stored for the derived VERSION_OF.
            chosen.AddRange(chosen.Where(e => e.FamilyId is not null).Select(e => families.Single(f => f.Id == e.FamilyId)).ToList());
            var inArticle = chosen.Concat(outlet is null ? [] : [outlet]).DistinctBy(e => e.Id).ToList();
            var relations = new List<Relation>();
            for (var k = 0; k < random.Next(1, 6); k++)
            {
                var type = semantic[random.Next(semantic.Length)];
                var subjects = inArticle.Where(e => type.Subjects().Contains(e.Type)).ToArray();
                var objects = inArticle.Where(e => type.Objects().Contains(e.Type)).ToArray();
                if (subjects.Length == 0 || objects.Length == 0)
                {
                    continue;
                }

                var subject = subjects[random.Next(subjects.Length)];
                var @object = objects[random.Next(objects.Length)];
                if (subject.Id == @object.Id)
                {
                    continue;
                }

                relations.Add(Relation(
                    type,
                    subject,
                    @object,
                    article,
                    $"Sentence {k} of article {a}: {subject.Name} and {@object.Name}.",
                    start: k * 80,
                    certainty: (Certainty)random.Next(3),
                    confidence: Math.Round(random.NextDouble(), 2),
                    role: type == RelationType.WorksFor && random.Next(2) == 0 ? "CEO" : null,
                    current: type == RelationType.WorksFor ? random.Next(2) == 0 : null));
            }

            await temp.Store.WriteAsync(Batch(article, inArticle, relations, outlet?.Id));
        }

        // An extracted VERSION_OF between a version and its family takes the place of the derived one.
        var extracted = Article("random/version.txt");
        await temp.Store.WriteAsync(Batch(extracted, [versions[0], families[0]], [
            Relation(RelationType.VersionOf, versions[0], families[0], extracted, "Model 0.5 is a version of Model 0.", trigger: "version of")]));
    }
}
