using Tupu.Domain.Relations;
using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>attributedTo and QUOTED_IN: quotes, speech frames, named outlets, the article's own outlet.</summary>
public sealed class AttributionTests
{
    private static readonly RelationExtractor Extractor = new();

    public static TheoryData<string, string> Attributed => new()
    {
        { "[黄仁勋|Person|hjx]表示：“[英伟达|Company|nv]一直在使用[Qwen|Model|qwen]。”", "hjx" },
        { "\"[Nvidia|Company|nv] uses [Qwen|Model|qwen] widely,\" [Jensen Huang|Person|hjx] said.", "hjx" },
        { "\"[Nvidia|Company|nv] uses [Qwen|Model|qwen] widely,\" said [Jensen Huang|Person|hjx].", "hjx" },
        { "According to [Reuters|MediaOutlet|reuters], [Apple|Company|apple] uses [Qwen|Model|qwen].", "reuters" },
        { "据[路透社|MediaOutlet|reuters]报道，[苹果|Company|apple]使用了[Qwen|Model|qwen]。", "reuters" },
        { "[黄仁勋|Person|hjx]表示，[英伟达|Company|nv]正在使用[Qwen|Model|qwen]。", "hjx" },
        { "[英伟达|Company|nv]正在使用[Qwen|Model|qwen]，[黄仁勋|Person|hjx]说。", "hjx" },
        { "[黄仁勋|Person|hjx]出席了会议。“[英伟达|Company|nv]使用[Qwen|Model|qwen]。”他说。", "hjx" },
        { "[路透社|MediaOutlet|reuters]报道称，[苹果|Company|apple]使用了[Qwen|Model|qwen]。", "reuters" },
        // The hearsay cue in the claim's own clause: its named source keeps the claim asserted.
        { "[路透社|MediaOutlet|reuters]报道称[苹果|Company|apple]使用了[Qwen|Model|qwen]。", "reuters" },
        { "[黄仁勋|Person|hjx]出席了会议。[路透社|MediaOutlet|reuters]报道称[苹果|Company|apple]使用了[Qwen|Model|qwen]。", "reuters" },
    };

    [Theory]
    [MemberData(nameof(Attributed))]
    public void Claims_in_quotes_and_reported_speech_carry_the_speaker(string markup, string speaker)
    {
        var uses = Assert.Single(Extractor.Extract(Doc.Parse(markup)).Relations, r => r.Type == RelationType.Uses);
        Assert.Equal(speaker, uses.AttributedTo);
        Assert.Equal(Certainty.Asserted, uses.Certainty);
    }

    [Fact]
    public void A_plain_claim_is_attributed_to_nobody()
    {
        var uses = Assert.Single(Extractor.Extract(Doc.Parse("[英伟达|Company|nv]使用了[Qwen|Model|qwen]。")).Relations);
        Assert.Null(uses.AttributedTo);
    }

    [Fact]
    public void A_speaker_is_quoted_in_the_articles_outlet()
    {
        var triples = Triples.Of("[黄仁勋|Person|hjx]表示，[英伟达|Company|nv]正在测试新模型。", outlet: "路透社", outletId: "reuters");
        Assert.Equal(["QUOTED_IN hjx reuters asserted"], triples);
    }

    [Fact]
    public void A_speaker_who_did_not_speak_is_not_quoted_in()
    {
        Assert.Empty(Triples.Of("[黄仁勋|Person|hjx]没有透露具体细节。", outlet: "路透社", outletId: "reuters"));
    }

    [Fact]
    public void Without_an_outlet_entity_nobody_is_quoted_in()
    {
        Assert.Empty(Triples.Of("[黄仁勋|Person|hjx]表示，[英伟达|Company|nv]正在测试新模型。", outlet: "路透社"));
    }

    [Theory]
    [InlineData("[黄仁勋|Person|hjx]在接受[彭博社|MediaOutlet|bloomberg]采访时表示，模型很重要。", "QUOTED_IN hjx bloomberg asserted")]
    [InlineData("[Jensen Huang|Person|hjx] told [Reuters|MediaOutlet|reuters] that models matter.", "QUOTED_IN hjx reuters asserted")]
    [InlineData("[黄仁勋|Person|hjx]对[路透社|MediaOutlet|reuters]表示，模型很重要。", "QUOTED_IN hjx reuters asserted")]
    public void A_named_outlet_quotes_the_speaker(string markup, string expected) =>
        Assert.Equal([expected], Triples.Of(markup));

    [Fact]
    public void A_known_byline_outlet_quotes_the_speaker_even_when_the_text_never_names_it()
    {
        var outlet = new Tupu.Domain.Entities.Entity("outlet/36kr", Tupu.Domain.Entities.EntityType.MediaOutlet, "36Kr", "36Kr", "36氪", ["36氪"], 1, Tupu.Domain.Entities.EntitySource.Lexicon);
        var relations = Extractor.Extract(Doc.Parse("“[爱彼迎|Company|airbnb]非常依赖[Qwen|Model|qwen]。”[切斯基|Person|chesky]说。"), outlet).Relations;

        Assert.Equal(["QUOTED_IN chesky outlet/36kr asserted", "USES airbnb qwen asserted"], Triples.Format(relations));
        Assert.Equal("chesky", Assert.Single(relations, r => r.Type == RelationType.Uses).AttributedTo);
    }
}
