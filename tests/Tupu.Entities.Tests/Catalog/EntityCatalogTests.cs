using System.Collections.Immutable;
using Tupu.Domain.Entities;

namespace Tupu.Entities.Tests.Catalog;

public sealed class EntityCatalogTests
{
    [Fact]
    public void Build_merges_stored_entities_with_lexicon_entries()
    {
        var stored = new Entity("company/nvidia", EntityType.Company, "Nvidia", "Nvidia", null, ["輝達"], 1.0, EntitySource.Lexicon);
        var discovered = new Entity("company/acme", EntityType.Company, "Acme", "Acme", null, ["Acme", "阿克米"], 0.6, EntitySource.Discovered);

        var catalog = EntityCatalog.Build(TestLexicon.Lexicon, [stored, discovered]);

        Assert.True(catalog.TryGet("company/nvidia", out var nvidia));
        Assert.Contains("輝達", nvidia.Aliases);
        Assert.Contains("英伟达", nvidia.Aliases);
        var mention = Assert.Single(new MentionRecognizer(catalog).Recognize(Docs.Plain("阿克米发布")).Mentions);
        Assert.Equal("company/acme", mention.LexiconId);
    }

    [Fact]
    public void Learn_returns_a_new_catalog_and_leaves_the_old_one_unchanged()
    {
        var before = TestLexicon.Catalog;
        var resolved = new EntityResolver(before).Resolve(new MentionRecognizer(before).Recognize(Docs.Plain("CEO John Smith said.")));

        var after = before.Learn(resolved);

        Assert.True(after.TryGet("person/john-smith", out _));
        Assert.False(before.TryGet("person/john-smith", out _));
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void Names_learned_across_many_articles_stay_findable_when_layers_merge()
    {
        var catalog = TestLexicon.Catalog;
        var names = Enumerable.Range(0, 150).Select(i => $"Zorbex{(char)('a' + (i % 26))}{(char)('a' + (i / 26))} Quint").ToList();
        foreach (var name in names)
        {
            var resolved = new EntityResolver(catalog).Resolve(new MentionRecognizer(TestLexicon.Catalog).Recognize(Docs.Plain($"CEO {name} said.")));
            catalog = catalog.Learn(resolved);
        }

        foreach (var name in new[] { names[0], names[70], names[149] })
        {
            var resolved = new EntityResolver(catalog).Resolve(new MentionRecognizer(TestLexicon.Catalog).Recognize(Docs.Plain($"{name} left.")));
            Assert.Equal("person/" + name.ToLowerInvariant().Replace(' ', '-'), Assert.Single(resolved.Resolved).EntityId);
        }
    }

    [Fact]
    public void A_recogniser_on_a_later_catalog_finds_stored_discoveries()
    {
        var entity = new Entity("company/星河动力", EntityType.Company, "星河动力", null, "星河动力", ImmutableArray.Create("星河动力"), 0.6, EntitySource.Discovered);
        var catalog = EntityCatalog.Build(TestLexicon.Lexicon, [entity]);

        var document = new MentionRecognizer(catalog).Recognize(Docs.Plain("星河动力发射火箭"));

        var mention = Assert.Single(document.Mentions);
        Assert.Equal(("company/星河动力", EntitySource.Discovered), (mention.LexiconId, mention.Source));
    }
}
