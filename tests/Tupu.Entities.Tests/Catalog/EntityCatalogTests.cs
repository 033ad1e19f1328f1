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
        // Names only stored entities carry are found where names learned during a run are: when resolving.
        var resolved = new EntityResolver(catalog).Resolve(new MentionRecognizer(catalog).Recognize(Docs.Plain("阿克米发布")));
        Assert.Equal("company/acme", Assert.Single(resolved.Resolved).EntityId);
    }

    [Fact]
    public void The_fuzzy_index_is_built_when_asked_and_answers_as_the_one_built_at_the_first_lookup()
    {
        var lazy = EntityCatalog.Build(TestLexicon.Lexicon, []);
        var eager = EntityCatalog.Build(TestLexicon.Lexicon, []);
        Assert.False(eager.Base.FuzzyIndexBuilt);

        Assert.Same(eager, eager.WithFuzzyIndexBuilt());
        Assert.True(eager.Base.FuzzyIndexBuilt);
        Assert.False(lazy.Base.FuzzyIndexBuilt);
        foreach (var surface in new[] { "Nvidai", "Anthropik", "DeepSeek", "Qwen-3" })
        {
            Assert.Equal(lazy.Candidates(surface, fuzzy: true), eager.Candidates(surface, fuzzy: true));
        }

        Assert.True(lazy.Base.FuzzyIndexBuilt);
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
    public void Stored_discoveries_are_found_again_in_a_later_run()
    {
        var entity = new Entity("company/星河动力", EntityType.Company, "星河动力", null, "星河动力", ImmutableArray.Create("星河动力"), 0.6, EntitySource.Discovered);
        var catalog = EntityCatalog.Build(TestLexicon.Lexicon, [entity]);

        var resolved = new EntityResolver(catalog).Resolve(new MentionRecognizer(catalog).Recognize(Docs.Plain("星河动力发射火箭")));

        Assert.Equal("company/星河动力", Assert.Single(resolved.Resolved).EntityId);
    }

    [Fact]
    public void A_catalog_read_back_from_the_store_resolves_like_the_one_that_learned_it()
    {
        var learned = TestLexicon.Catalog;
        foreach (var text in new[] { "初创公司星河动力发布了新模型。", "CEO John Smith said the startup grows.", "英伟达（Nvidia）首席执行官黄仁勋表示。" })
        {
            learned = learned.Learn(new EntityResolver(learned).Resolve(new MentionRecognizer(learned).Recognize(Docs.Plain(text))));
        }

        var reread = EntityCatalog.Build(TestLexicon.Lexicon, learned.Entities);
        const string later = "星河动力与John Smith合作，Smith称赞了Nvidia。";
        var fromLearned = new EntityResolver(learned).Resolve(new MentionRecognizer(learned).Recognize(Docs.Plain(later)));
        var fromStore = new EntityResolver(reread).Resolve(new MentionRecognizer(reread).Recognize(Docs.Plain(later)));

        Assert.NotEmpty(fromLearned.Resolved);
        Assert.Equal(
            fromLearned.Resolved.Select(r => (r.Mention.Span, r.EntityId)),
            fromStore.Resolved.Select(r => (r.Mention.Span, r.EntityId)));
    }
}
