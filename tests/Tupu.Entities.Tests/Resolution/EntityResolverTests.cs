using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Entities.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static readonly MentionRecognizer Recognizer = new(TestLexicon.Catalog);

    private static ResolvedDocument Resolve(string text, EntityCatalog? catalog = null) =>
        new EntityResolver(catalog ?? TestLexicon.Catalog).Resolve(Recognizer.Recognize(Docs.Plain(text)));

    private static string IdOf(ResolvedDocument document, string surface) =>
        document.Resolved.First(r => document.Mentioned.SurfaceOf(r.Mention) == surface).EntityId;

    [Fact]
    public void One_company_in_three_scripts_is_one_entity_with_all_three_names()
    {
        var catalog = TestLexicon.Catalog;
        var ids = new List<string>();
        foreach (var source in new[] { "英伟达发布新芯片。", "英偉達發布新晶片。", "Nvidia released a chip." })
        {
            var resolved = new EntityResolver(catalog).Resolve(Recognizer.Recognize(Docs.FromSource(source)));
            ids.Add(Assert.Single(resolved.Resolved).EntityId);
            catalog = catalog.Learn(resolved);
        }

        Assert.All(ids, id => Assert.Equal("company/nvidia", id));
        Assert.True(catalog.TryGet("company/nvidia", out var nvidia));
        Assert.Contains("英伟达", nvidia.Aliases);
        Assert.Contains("英偉達", nvidia.Aliases);
        Assert.Contains("Nvidia", nvidia.Aliases);
        Assert.Equal(nvidia.Aliases.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), nvidia.Aliases);
    }

    [Fact]
    public void A_Traditional_article_adds_its_source_surface_to_the_entity()
    {
        var resolved = new EntityResolver(TestLexicon.Catalog).Resolve(Recognizer.Recognize(Docs.FromSource("英偉達執行長表示。")));

        var nvidia = resolved.Entities["company/nvidia"];
        Assert.Contains("英偉達", nvidia.Aliases);
        Assert.Contains("英伟达", nvidia.Aliases);
        Assert.Equal("Nvidia", nvidia.Name);
        Assert.Equal("英伟达", nvidia.NameZh);
    }

    [Theory]
    [InlineData("Qwen 3 is good", "model/qwen3")]
    [InlineData("Qwen-3 is good", "model/qwen3")]
    [InlineData("QWEN3 is good", "model/qwen3")]
    [InlineData("初创公司Anthropik发布", "company/anthropic")]
    public void Variants_resolve_to_the_known_entity(string text, string id)
    {
        var resolved = Resolve(text);

        Assert.Equal(id, Assert.Single(resolved.Resolved).EntityId);
    }

    [Fact]
    public void Fuzzy_matching_never_changes_a_version()
    {
        var resolved = Resolve("Qwen4 is coming");

        var mention = Assert.Single(resolved.Resolved);
        Assert.Equal("model/qwen4", mention.EntityId);
        Assert.Equal(EntitySource.Discovered, resolved.Entities["model/qwen4"].Source);
    }

    [Fact]
    public void Short_forms_resolve_to_the_full_name_seen_earlier()
    {
        var person = Resolve("CEO John Smith said Smith agreed.");
        var lexiconShort = Resolve("埃隆·马斯克说，马斯克认为");
        var company = Resolve("阿里和字节都在做模型");

        Assert.Equal(["person/john-smith", "person/john-smith"], person.Resolved.Select(r => r.EntityId));
        Assert.All(lexiconShort.Resolved, r => Assert.Equal("person/elon-musk", r.EntityId));
        Assert.Equal(["company/alibaba", "company/bytedance"], company.Resolved.Select(r => r.EntityId));
    }

    [Fact]
    public void A_discovered_short_form_before_the_full_name_is_not_linked()
    {
        var resolved = Resolve("Smith agreed after CEO John Smith said so.");

        Assert.Equal(["person/john-smith"], resolved.Resolved.Select(r => r.EntityId));
    }

    [Fact]
    public void Discovered_entities_get_deterministic_ids_from_the_English_name_when_known()
    {
        var paired = Resolve("初创公司星河动力（Galactic Energy）发布");
        var alone = Resolve("初创公司星河动力发布");

        Assert.Equal(["company/galactic-energy", "company/galactic-energy"], paired.Resolved.Select(r => r.EntityId));
        var entity = paired.Entities["company/galactic-energy"];
        Assert.Equal(("Galactic Energy", "Galactic Energy", "星河动力", EntitySource.Discovered), (entity.Name, entity.NameEn, entity.NameZh, entity.Source));
        Assert.True(entity.Confidence < 0.9);
        Assert.Equal("company/星河动力", Assert.Single(alone.Resolved).EntityId);
    }

    [Fact]
    public void The_same_discovery_in_two_articles_is_one_id_whatever_the_order()
    {
        const string first = "CEO John Smith said.";
        const string second = "Investor John Smith agreed with CEO Mary Jones.";

        string[] Run(params string[] texts)
        {
            var catalog = TestLexicon.Catalog;
            var ids = new List<string>();
            foreach (var text in texts)
            {
                var resolved = Resolve(text, catalog);
                ids.AddRange(resolved.Resolved.Select(r => r.EntityId));
                catalog = catalog.Learn(resolved);
            }

            return ids.Distinct().Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Equal(Run(first, second), Run(second, first));
        Assert.Equal(["person/john-smith", "person/mary-jones"], Run(first, second));
    }

    [Fact]
    public void Learned_aliases_are_used_by_a_later_document()
    {
        var first = Resolve("智元机器人（AgiBot）创始人宣布");
        var catalog = TestLexicon.Catalog.Learn(first);

        var later = Resolve("智元机器人发布新品", catalog);

        Assert.Equal("company/agibot", IdOf(first, "智元机器人"));
        var mention = Assert.Single(later.Resolved);
        Assert.Equal("company/agibot", mention.EntityId);
        Assert.Contains("AgiBot", later.Entities["company/agibot"].Aliases);
        Assert.Empty(Resolve("智元机器人发布新品").Resolved);
    }

    [Fact]
    public void Versioned_models_link_to_their_family()
    {
        var resolved = Resolve("Qwen3-Coder, Qwen3.5 and Qwen3-Coder-Plus and DeepSeek-R1");

        Assert.Equal("model/qwen", resolved.Entities["model/qwen3-coder"].FamilyId);
        Assert.Equal("model/qwen", resolved.Entities["model/qwen3.5"].FamilyId);
        Assert.Equal("model/qwen", resolved.Entities["model/qwen3-coder-plus"].FamilyId);
        Assert.Equal("model/deepseek", resolved.Entities["model/deepseek-r1"].FamilyId);
        Assert.Equal(EntityType.Model, resolved.Entities["model/deepseek-r1"].Type);
    }

    [Fact]
    public void A_pair_attaches_both_names_to_a_known_entity()
    {
        var resolved = Resolve("萨姆·奥尔特曼（Sam Altman）说");

        Assert.All(resolved.Resolved, r => Assert.Equal("person/sam-altman", r.EntityId));
        Assert.Single(resolved.Entities);
    }

    [Fact]
    public void Every_mention_resolves_and_every_resolved_entity_is_listed()
    {
        var resolved = Resolve("英伟达首席执行官黄仁勋和OpenAI的萨姆·奥尔特曼，以及初创公司星河动力和Kimi K2。");

        Assert.Equal(resolved.Mentioned.Mentions.Length, resolved.Resolved.Length);
        Assert.All(resolved.Resolved, r => Assert.True(resolved.Entities.ContainsKey(r.EntityId)));
        Assert.All(resolved.Entities.Values, e => Assert.Equal(e.Aliases.Order(StringComparer.Ordinal).ToArray(), e.Aliases.ToArray()));
    }
}
