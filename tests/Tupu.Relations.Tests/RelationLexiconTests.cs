using Tupu.Domain;
using Tupu.Domain.Relations;
using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>The shipped lexicons load and cover the vocabulary; malformed rows are coded errors.</summary>
public sealed class RelationLexiconTests
{
    [Theory]
    [InlineData("使用", RelationType.Uses)]
    [InlineData("用上", RelationType.Uses)]
    [InlineData("切换到", RelationType.Uses)]
    [InlineData("盛赞", RelationType.Praised)]
    [InlineData("微调自", RelationType.BuiltOn)]
    [InlineData("开源", RelationType.Develops)]
    [InlineData("创立", RelationType.Founded)]
    [InlineData("relies on", RelationType.Uses)]
    [InlineData("lauded", RelationType.Praised)]
    [InlineData("fine-tuned from", RelationType.BuiltOn)]
    [InlineData("unveiled", RelationType.Develops)]
    [InlineData("co-founded", RelationType.Founded)]
    [InlineData("joined", RelationType.WorksFor)]
    public void Default_lexicon_has_the_trigger(string phrase, RelationType type)
    {
        var lexicon = RelationLexicon.LoadDefault();
        Assert.Contains(lexicon.Triggers, t => t.Phrase == phrase && t.Type == type);
    }

    [Fact]
    public void Malformed_rows_are_reported_with_their_line()
    {
        var error = Assert.Throws<TupuException>(() => RelationLexicon.FromTsv(["# header\n使用\tUSES\tverb\n"], []));
        Assert.Equal(ErrorCode.MalformedLexicon, error.Code);
        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_relation_types_are_rejected()
    {
        var error = Assert.Throws<TupuException>(() => RelationLexicon.FromTsv(["喜欢\tLIKES\tverb\tleft\t-\t-\n"], []));
        Assert.Equal(ErrorCode.MalformedLexicon, error.Code);
    }

    [Fact]
    public void A_custom_lexicon_drives_extraction()
    {
        var lexicon = RelationLexicon.FromTsv(["青睐\tPRAISED\tverb\tleft\t-\t-\n"], ["没有\tnegation\t-\n"]);
        var extractor = new RelationExtractor(lexicon);

        var relations = extractor.Extract(Doc.Parse("[黄仁勋|Person|hjx]青睐[Qwen|Model|qwen]，[英伟达|Company|nv]没有青睐[Llama|Model|llama]。")).Relations;

        Assert.Equal(["PRAISED hjx qwen asserted", "PRAISED nv llama negated"], Triples.Format(relations));
    }
}
