using Tupu.Domain.Relations;
using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>Traditional sources reach the stage as Simplified analysis text; evidence must quote the Traditional print.</summary>
public sealed class RelationExtractorTraditionalTests
{
    public static TheoryData<string, string, string> Rows => new()
    {
        { "[英伟达|Company|nv]采用了[通义千问|Model|qwen]。", "英偉達採用了通義千問。", "USES nv qwen asserted" },
        { "[黄仁勋|Person|hjx]称赞[通义千问|Model|qwen]。", "黃仁勳稱讚通義千問。", "PRAISED hjx qwen asserted" },
        { "[英伟达|Company|nv]并未使用[通义千问|Model|qwen]。", "英偉達並未使用通義千問。", "USES nv qwen negated" },
        { "据报道，[苹果|Company|apple]将与[阿里巴巴|Company|ali]合作并使用[通义千问|Model|qwen]。", "據報導，蘋果將與阿里巴巴合作並使用通義千問。", "USES apple qwen speculated" },
        { "[阿里巴巴|Company|ali]开发的[通义千问|Model|qwen]。", "阿里巴巴開發的通義千問。", "DEVELOPS ali qwen asserted" },
        { "[深度求索|Company|ds]创始人[梁文锋|Person|lwf]。", "深度求索創始人梁文鋒。", "FOUNDED lwf ds asserted" },
        { "前[谷歌|Company|google]研究员[李飞|Person|lf]加入了[阿里巴巴|Company|ali]。", "前谷歌研究員李飛加入了阿里巴巴。", "WORKS_FOR lf google asserted; WORKS_FOR lf ali asserted" },
        { "[通义千问|Model|qwen]比[Llama|Model|llama]便宜吗？", "通義千問比Llama便宜嗎？", "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Traditional_source_yields_triples_and_quotes_the_print(string markup, string source, string expected)
    {
        var relations = new RelationExtractor().Extract(Doc.Parse(markup, source: source)).Relations;

        Assert.Equal(Triples.Expected(expected), Triples.Format(relations));
        Assert.All(relations, r => Assert.Equal(r.Evidence.SourceSpan.Of(source), r.Evidence.Sentence));
        Assert.All(relations, r => Assert.Contains(r.Evidence.Sentence, source, StringComparison.Ordinal));
    }

    [Fact]
    public void Former_and_current_roles_are_kept_apart()
    {
        var relations = new RelationExtractor().Extract(Doc.Parse(
            "前[谷歌|Company|google]研究员[李飞|Person|lf]加入了[阿里巴巴|Company|ali]。", source: "前谷歌研究員李飛加入了阿里巴巴。")).Relations;

        var google = Assert.Single(relations, r => r.ObjectId == "google");
        Assert.Equal((false, "Researcher"), (google.Current, google.Role));
        var ali = Assert.Single(relations, r => r.ObjectId == "ali" && r.Type == RelationType.WorksFor);
        Assert.True(ali.Current);
    }
}
