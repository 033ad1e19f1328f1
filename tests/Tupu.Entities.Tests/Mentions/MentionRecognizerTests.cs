using Tupu.Domain.Entities;

namespace Tupu.Entities.Tests.Mentions;

/// <summary>Tables per recogniser: sentence → mentions as "surface@start:Type", in text order.</summary>
public sealed class MentionRecognizerTests
{
    public static TheoryData<string, string[]> LexiconMatches => new()
    {
        { "英伟达首席执行官黄仁勋表示", ["英伟达@0:Company", "黄仁勋@8:Person"] },
        { "NVIDIA and nvidia and Nvidia.", ["NVIDIA@0:Company", "nvidia@11:Company", "Nvidia@22:Company"] },
        { "字节跳动和阿里都在训练通义千问", ["字节跳动@0:Company", "阿里@5:Company", "通义千问@11:Model"] },
        { "Qwen3-Coder beats Qwen3", ["Qwen3-Coder@0:Model", "Qwen3@18:Model"] },
        { "用36氪的报道", ["36氪@1:MediaOutlet"] },
    };

    public static TheoryData<string, string[]> Transliterations => new()
    {
        { "首席执行官萨姆·奥尔特曼表示", ["萨姆·奥尔特曼@5:Person"] },
        { "投资人彼得·蒂尔说", ["彼得·蒂尔@3:Person"] },
        { "研究员伊利亚•苏茨克维在会上", ["伊利亚•苏茨克维@3:Person"] },
    };

    public static TheoryData<string, string[]> Titles => new()
    {
        { "智谱首席执行官张鹏表示", ["智谱@0:Company", "张鹏@7:Person"] },
        { "联合创始人兼首席科学家王小川宣布", ["王小川@11:Person"] },
        { "CEO Lisa Su said", ["Lisa Su@4:Person"] },
        { "John Smith, the chief scientist, said", ["John Smith@0:Person"] },
        { "founder Liang Wenfeng spoke", ["Liang Wenfeng@8:Person"] },
    };

    public static TheoryData<string, string[]> Organisations => new()
    {
        { "初创公司星河动力发布了", ["星河动力@4:Company"] },
        { "Anthropic的对手Mistral AI发布", ["Anthropic@0:Company", "Mistral AI@12:Company"] },
        { "初创公司Perplexity获得融资", ["Perplexity@4:Company"] },
        { "由面壁智能开发", ["面壁智能@1:Company"] },
        { "The startup Acme Robotics Inc. grew", ["Acme Robotics@12:Company"] },
    };

    public static TheoryData<string, string[]> Outlets => new()
    {
        { "据《财经》报道", ["财经@2:MediaOutlet"] },
        { "《纽约时报》称", ["纽约时报@1:MediaOutlet"] },
        { "他在播客《晚点聊》中说", ["晚点聊@5:MediaOutlet"] },
        { "the Hard Fork podcast", ["Hard Fork@4:MediaOutlet"] },
    };

    public static TheoryData<string, string[]> Versions => new()
    {
        { "Qwen3.5 is coming", ["Qwen3.5@0:Model"] },
        { "Qwen 3 and Qwen-3", ["Qwen 3@0:Model", "Qwen-3@11:Model"] },
        { "Kimi K2 and DeepSeek-V3", ["Kimi K2@0:Model", "DeepSeek-V3@12:Model"] },
        { "DeepSeek V3 release", ["DeepSeek V3@0:Model"] },
        { "通义千问2.5发布", ["通义千问2.5@0:Model"] },
        { "Qwen3-Coder-Plus is new", ["Qwen3-Coder-Plus@0:Model"] },
        { "训练了Foo-7B-Instruct", ["Foo-7B-Instruct@3:Model"] },
        { "Bar-2模型开源", ["Bar-2@0:Model"] },
    };

    public static TheoryData<string, string[]> Pairs => new()
    {
        { "智元机器人（AgiBot）创始人", ["智元机器人@0:Company", "AgiBot@6:Company"] },
        { "Sam Altman（萨姆·奥尔特曼）", ["Sam Altman@0:Person", "萨姆·奥尔特曼@11:Person"] },
        { "首席执行官达里奥·阿莫代(Dario Amodei)说", ["达里奥·阿莫代@5:Person", "Dario Amodei@13:Person"] },
    };

    public static TheoryData<string, string[]> ShortForms => new()
    {
        { "Sam Altman spoke. Later Altman left.", ["Sam Altman@0:Person", "Altman@24:Person"] },
        { "Altman spoke before Sam Altman.", ["Sam Altman@20:Person"] },
        { "CEO John Smith said Smith agreed", ["John Smith@4:Person", "Smith@20:Person"] },
        { "萨姆·奥尔特曼说，奥尔特曼认为", ["萨姆·奥尔特曼@0:Person", "奥尔特曼@9:Person"] },
    };

    public static TheoryData<string, string[]> NeverEntities => new()
    {
        { "中国公司和美国公司在硅谷竞争", [] },
        { "AI公司发布了新的大模型", [] },
        { "联系电话：010-12345678，邮箱 contact@example.com", [] },
        { "Metaverse and Qwenlike words", [] },
        { "It was March 2025 when 300 people came", [] },
        { "这家公司的首席执行官表示", [] },
        { "相关报道称", [] },
        { "the chief executive said", [] },
    };

    [Theory]
    [MemberData(nameof(LexiconMatches))]
    [MemberData(nameof(Transliterations))]
    [MemberData(nameof(Titles))]
    [MemberData(nameof(Organisations))]
    [MemberData(nameof(Outlets))]
    [MemberData(nameof(Versions))]
    [MemberData(nameof(Pairs))]
    [MemberData(nameof(ShortForms))]
    [MemberData(nameof(NeverEntities))]
    public void Recognises(string text, string[] expected)
    {
        Assert.Equal(expected, Recognize.Rendered(text));
    }

    [Fact]
    public void Lexicon_matches_carry_the_id_and_beat_discoveries()
    {
        var document = Recognize.Run("初创公司英伟达");

        var mention = Assert.Single(document.Mentions);
        Assert.Equal((EntitySource.Lexicon, "company/nvidia"), (mention.Source, mention.LexiconId));
    }

    [Fact]
    public void Discoveries_have_lower_confidence_and_name_their_cue()
    {
        var document = Recognize.Run("英伟达首席执行官张三丰表示");

        var discovered = document.Mentions.Single(m => m.Source == EntitySource.Discovered);
        var known = document.Mentions.Single(m => m.Source == EntitySource.Lexicon);
        Assert.Equal("首席执行官", discovered.Cue);
        Assert.True(discovered.Confidence < known.Confidence);
    }

    [Fact]
    public void Parenthesised_pairs_and_appositions_give_alias_pairs()
    {
        var paired = Recognize.Run("智元机器人（AgiBot）发布");
        var apposed = Recognize.Run("深度求索，又称DeepSeek，发布");

        var pair = Assert.Single(paired.AliasPairs);
        Assert.Equal(("智元机器人", "AgiBot"), (pair.First.Of(paired.Document.Text), pair.Second.Of(paired.Document.Text)));
        var apposition = Assert.Single(apposed.AliasPairs);
        Assert.Equal(("深度求索", "DeepSeek"), (apposition.First.Of(apposed.Document.Text), apposition.Second.Of(apposed.Document.Text)));
    }

    [Fact]
    public void Traditional_lexicon_names_match_the_converted_text()
    {
        // The shipped Traditional column (字節跳動) is indexed after conversion, so it matches Simplified text.
        var document = new MentionRecognizer(EntityCatalog.Build(
            EntityLexicon.FromTexts(("t.tsv", "company/x\tCompany\tX Corp\t\t華為技術\t\t\n")), [])).Recognize(Docs.Plain("华为技术发布"));

        Assert.Equal("company/x", Assert.Single(document.Mentions).LexiconId);
    }

    [Theory]
    [InlineData("新的深度思考模型和编程模型发布。")]
    [InlineData("他担任首席执行官多年。")]
    [InlineData("这是播客之一。")]
    public void A_Han_run_holding_a_word_SmartCn_knows_is_not_a_new_name(string source)
    {
        var document = new MentionRecognizer(TestLexicon.Catalog).Recognize(Docs.FromSource(source));

        Assert.Empty(document.Mentions);
    }

    [Fact]
    public void Mentions_are_sorted_and_disjoint_on_real_tokenized_text()
    {
        var recognizer = new MentionRecognizer(TestLexicon.Catalog);
        var document = recognizer.Recognize(Docs.FromSource("OpenAI首席執行官萨姆·奥尔特曼（Sam Altman）與英偉達執行長黃仁勳會面，奥尔特曼说。"));

        Assert.Equal(document.Mentions, Tupu.Domain.Entities.MentionedDocument.CheckedMentions(document.Mentions));
        Assert.Contains(document.Mentions, m => m.LexiconId == "company/nvidia");
        Assert.Contains(document.Mentions, m => m.LexiconId == "person/jensen-huang");
        Assert.Equal(3, document.Mentions.Count(m => m.LexiconId == "person/sam-altman"));
    }
}
