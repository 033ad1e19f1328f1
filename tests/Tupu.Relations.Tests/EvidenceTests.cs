using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>Evidence, confidence per pattern kind, deduplication, thread safety.</summary>
public sealed class EvidenceTests
{
    private static readonly RelationExtractor Extractor = new();

    [Fact]
    public void Evidence_quotes_the_sentence_its_source_span_and_trigger()
    {
        var doc = Doc.Parse("[阿里巴巴|Company|ali]发布了新模型。[英伟达|Company|nv]采用了[Qwen|Model|qwen]。", published: new DateOnly(2025, 3, 1));
        var relation = Assert.Single(Extractor.Extract(doc).Relations);

        Assert.Equal("a-0123456789abcdef", relation.Evidence.ArticleId);
        Assert.Equal("英伟达采用了Qwen。", relation.Evidence.Sentence);
        Assert.Equal(new TextSpan(11, 22), relation.Evidence.SourceSpan);
        Assert.Equal("采用", relation.Evidence.Trigger);
        Assert.Equal(new DateOnly(2025, 3, 1), relation.Evidence.Published);
    }

    [Theory]
    [InlineData("[英伟达|Company|nv]首席执行官[黄仁勋|Person|hjx]。", 0.9)]
    [InlineData("[英伟达|Company|nv]使用[Qwen|Model|qwen]。", 0.8)]
    [InlineData("[英伟达|Company|nv]很忙。该公司使用[Qwen|Model|qwen]。", 0.6)]
    [InlineData("[阿里巴巴|Company|ali]的[Qwen|Model|qwen]。", 0.6)]
    public void Confidence_follows_the_pattern_kind(string markup, double expected) =>
        Assert.Equal(expected, Assert.Single(Extractor.Extract(Doc.Parse(markup)).Relations).Confidence);

    [Fact]
    public void One_sentence_yields_one_relation_per_fact_and_certainty()
    {
        var relations = Extractor.Extract(Doc.Parse("[英伟达|Company|nv]使用[Qwen|Model|qwen]并部署[Qwen|Model|qwen]。")).Relations;
        Assert.Single(relations);
    }

    [Fact]
    public void The_same_fact_in_two_sentences_keeps_both_evidences()
    {
        var relations = Extractor.Extract(Doc.Parse("[英伟达|Company|nv]使用[Qwen|Model|qwen]。[英伟达|Company|nv]部署了[Qwen|Model|qwen]。")).Relations;
        Assert.Equal(2, relations.Length);
        Assert.NotEqual(relations[0].Evidence.SourceSpan, relations[1].Evidence.SourceSpan);
    }

    [Fact]
    public void Pronouns_do_not_reach_across_paragraphs()
    {
        Assert.Empty(Triples.Of("[英伟达|Company|nv]发布财报。\n该公司使用[Qwen|Model|qwen]。"));
    }

    [Fact]
    public void Extraction_is_thread_safe_and_deterministic()
    {
        var doc = Doc.Parse("据报道，[英伟达|Company|nv]首席执行官[黄仁勋|Person|hjx]称赞[Qwen|Model|qwen]，[英伟达|Company|nv]也采用了它。");
        var expected = Triples.Format(Extractor.Extract(doc).Relations);
        var results = new string[32][];
        Parallel.For(0, results.Length, i => results[i] = Triples.Format(Extractor.Extract(doc).Relations));
        Assert.NotEmpty(expected);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
