using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;
using Tupu.Entities.Tests.Measurement;

namespace Tupu.Entities.Tests.Catalog;

public sealed class FamilyRootsTests
{
    [Fact]
    public void Finds_the_family_rows_whose_compact_name_starts_with_the_prefix_and_no_others()
    {
        var roots = FamilyRoots.Of(
        [
            Model("model/deepseek", "DeepSeek"),
            Model("model/deepseek-coder", "DeepSeek Coder"),
            Model("model/deepsearch", "DeepSearch"),
            Model("model/deep", "Deep"),
            Model("model/deepseek-r1", "DeepSeek-R1", family: "model/deepseek"),
            new Entity("company/deepseek", EntityType.Company, "DeepSeek", "DeepSeek", null, [], 1.0, EntitySource.Lexicon),
        ]);

        Assert.Equal(["model/deepseek", "model/deepseek-coder"], roots.IdsStartingWith("deepseek").Order(StringComparer.Ordinal));
        Assert.Equal(4, roots.IdsStartingWith("deep").Count());
        Assert.Empty(roots.IdsStartingWith("deepseekx"));
        Assert.Empty(roots.IdsStartingWith("zhipu"));
    }

    [Fact]
    public void A_model_leaves_the_set_when_it_joins_a_family_and_follows_its_new_name()
    {
        var before = Model("model/qwen", "Qwen");
        var roots = FamilyRoots.Of([before]);

        var renamed = before with { Name = "Tongyi Qwen" };
        var joined = renamed with { FamilyId = "model/tongyi" };

        Assert.Equal(["model/qwen"], roots.Replace(before, renamed).IdsStartingWith("tongyi"));
        Assert.Empty(roots.Replace(before, renamed).IdsStartingWith("qwen"));
        Assert.Empty(roots.Replace(before, renamed).Replace(renamed, joined).IdsStartingWith("tongyi"));
        Assert.Same(roots, roots.Replace(null, new Entity("company/x", EntityType.Company, "X", "X", null, [], 1.0, EntitySource.Discovered)));
    }

    [Fact]
    public void The_catalog_answers_as_a_pass_over_every_entity_it_holds_would()
    {
        var lexicon = EntityLexicon.LoadDefault();
        var recognizer = new MentionRecognizer(EntityCatalog.Build(lexicon, []));
        var catalog = EntityCatalog.Build(lexicon, []);
        foreach (var text in GeneratedCorpus.Articles(120_000, GeneratedCorpus.KnownNames(lexicon), seed: 5))
        {
            catalog = catalog.Learn(new EntityResolver(catalog).Resolve(recognizer.Recognize(Docs.Plain(text))));
        }

        var companies = catalog.EntitiesById.Values.Where(e => e.Type == EntityType.Company).ToList();
        Assert.True(catalog.FamilyRoots.Count > 20, $"{catalog.FamilyRoots.Count} family rows");
        var named = 0;
        foreach (var company in companies)
        {
            var key = NameKeys.Compact(company.Name);
            var expected = catalog.EntitiesById.Values
                .Where(e => FamilyRoots.IsRoot(e) && NameKeys.Compact(e.Name).StartsWith(key, StringComparison.Ordinal))
                .Select(e => e.Id)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            Assert.Equal(expected, catalog.FamilyNamedAfter(key));
            named += expected is null ? 0 : 1;
        }

        Assert.True(named > 5, $"{named} of {companies.Count} companies name a family");
    }

    private static Entity Model(string id, string name, string? family = null) =>
        new(id, EntityType.Model, name, name, null, [], 1.0, EntitySource.Discovered, FamilyId: family);
}
