using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>Sentence → triples tables for Simplified Chinese.</summary>
public sealed class RelationExtractorChineseTests
{
    public static TheoryData<string, string> Rows => new()
    {
        // Active triggers.
        { "[英伟达|Company|nv]使用了[Qwen|Model|qwen]。", "USES nv qwen asserted" },
        { "[英伟达|Company|nv]依靠[Qwen|Model|qwen]完成推理任务。", "USES nv qwen asserted" },
        { "[爱彼迎|Company|airbnb]已迁移到[Qwen|Model|qwen]。", "USES airbnb qwen asserted" },
        { "[英伟达|Company|nv]和[微软|Company|ms]都接入了[DeepSeek-R1|Model|r1]。", "USES nv r1 asserted; USES ms r1 asserted" },
        { "[英伟达|Company|nv]未来将部署[Qwen|Model|qwen]。", "USES nv qwen asserted" },
        { "[黄仁勋|Person|hjx]称赞[Qwen|Model|qwen]。", "PRAISED hjx qwen asserted" },
        { "[黄仁勋|Person|hjx]对[Qwen|Model|qwen]印象深刻。", "PRAISED hjx qwen asserted" },
        { "[黄仁勋|Person|hjx]对[Qwen|Model|qwen]表示认可。", "PRAISED hjx qwen asserted" },
        { "[黄仁勋|Person|hjx]认为[Qwen|Model|qwen]是最好的开源模型。", "PRAISED hjx qwen asserted" },
        { "[Kimi|Model|kimi]基于[Qwen|Model|qwen]训练而成。", "BUILT_ON kimi qwen asserted" },
        { "[月之暗面|Company|moon]在[Qwen|Model|qwen]基础上训练了新模型。", "BUILT_ON moon qwen asserted" },
        { "[DeepSeek-R1-Distill|Model|distill]蒸馏自[Qwen|Model|qwen]。", "BUILT_ON distill qwen asserted" },
        // Passive, relative, possessive.
        { "由[阿里巴巴|Company|ali]开发的[Qwen|Model|qwen]广受欢迎。", "DEVELOPS ali qwen asserted" },
        { "[Qwen|Model|qwen]由[阿里巴巴|Company|ali]推出。", "DEVELOPS ali qwen asserted" },
        { "[阿里巴巴|Company|ali]开发的[Qwen|Model|qwen]下载量很高", "DEVELOPS ali qwen asserted" },
        { "[阿里巴巴|Company|ali]的[Qwen|Model|qwen]很受欢迎。", "DEVELOPS ali qwen asserted" },
        { "[苹果|Company|apple]计划使用[谷歌|Company|google]开发的一款定制版[Gemini|Model|gemini]。", "USES apple gemini speculated; DEVELOPS google gemini asserted" },
        { "[苹果|Company|apple]没有使用由[谷歌|Company|google]开发的[Gemini|Model|gemini]。", "USES apple gemini negated; DEVELOPS google gemini asserted" },
        { "[苹果|Company|apple]计划在明年推出的新版产品中使用[Gemini|Model|gemini]。", "USES apple gemini speculated" },
        { "[阿里巴巴|Company|ali]发布并开源了[Qwen3-Coder|Model|coder]。", "DEVELOPS ali coder asserted" },
        { "[阿里巴巴|Company|ali]、[月之暗面|Company|moon]和[智谱|Company|zhipu]分别发布了[Qwen3-Coder|Model|coder]、[Kimi K2|Model|k2]和[GLM-4.5|Model|glm]。", "DEVELOPS ali coder asserted; DEVELOPS moon k2 asserted; DEVELOPS zhipu glm asserted" },
        { "[月之暗面|Company|moon]成立于2023年，创始人兼首席执行官[杨植麟|Person|yzl]毕业于清华大学。", "FOUNDED yzl moon asserted; WORKS_FOR yzl moon asserted" },
        { "[Qwen|Model|qwen]得到了[黄仁勋|Person|hjx]的称赞。", "PRAISED hjx qwen asserted" },
        // Titles and founders.
        { "[英伟达|Company|nv]首席执行官[黄仁勋|Person|hjx]发表了讲话。", "WORKS_FOR hjx nv asserted" },
        { "[Groq|Company|groq]由前[谷歌|Company|google]TPU工程师[乔纳森·罗斯|Person|ross]创办。", "WORKS_FOR ross google asserted; FOUNDED ross groq asserted" },
        { "[黄仁勋|Person|hjx]是[英伟达|Company|nv]的首席执行官。", "WORKS_FOR hjx nv asserted" },
        { "[英伟达|Company|nv]CEO[黄仁勋|Person|hjx]称赞了[Qwen|Model|qwen]。", "WORKS_FOR hjx nv asserted; PRAISED hjx qwen asserted" },
        { "前[OpenAI|Company|oai]首席技术官[Mira Murati|Person|mira]创办了[Thinking Machines|Company|tm]。", "WORKS_FOR mira oai asserted; FOUNDED mira tm asserted" },
        { "[DeepSeek|Company|ds]创始人[梁文锋|Person|lwf]很少接受采访。", "FOUNDED lwf ds asserted" },
        { "由[梁文锋|Person|lwf]创办的[DeepSeek|Company|ds]发布了[DeepSeek-R1|Model|r1]。", "FOUNDED lwf ds asserted; DEVELOPS ds r1 asserted" },
        { "[DeepSeek|Company|ds]创始人兼首席执行官[梁文锋|Person|lwf]。", "FOUNDED lwf ds asserted; WORKS_FOR lwf ds asserted" },
        // Pronouns and short subjects.
        { "[阿里巴巴|Company|ali]上周发布了[Qwen3|Model|qwen3]。该公司还开源了[Qwen2.5|Model|qwen25]。", "DEVELOPS ali qwen3 asserted; DEVELOPS ali qwen25 asserted" },
        { "[黄仁勋|Person|hjx]出席了发布会。他称赞了[Qwen|Model|qwen]。", "PRAISED hjx qwen asserted" },
        { "[英伟达|Company|nv]发布财报。其已在内部部署[Qwen|Model|qwen]。", "USES nv qwen asserted" },
        // Certainty.
        { "[英伟达|Company|nv]没有使用[Qwen|Model|qwen]。", "USES nv qwen negated" },
        { "[英伟达|Company|nv]否认使用[Qwen|Model|qwen]。", "USES nv qwen negated" },
        { "[英伟达|Company|nv]从未部署过[Qwen|Model|qwen]。", "USES nv qwen negated" },
        { "据报道，[英伟达|Company|nv]正在使用[Qwen|Model|qwen]。", "USES nv qwen speculated" },
        { "[英伟达|Company|nv]可能采用[Qwen|Model|qwen]。", "USES nv qwen speculated" },
        { "传闻[苹果|Company|apple]将在中国使用[Qwen|Model|qwen]。", "USES apple qwen speculated" },
        { "[英伟达|Company|nv]没有使用[Llama|Model|llama]，而是采用了[Qwen|Model|qwen]。", "USES nv llama negated; USES nv qwen asserted" },
        { "[英伟达|Company|nv]不生产模型，但采用了[Qwen|Model|qwen]。", "USES nv qwen asserted" },
    };

    /// <summary>Comparisons, statistics, questions: nothing at all.</summary>
    public static TheoryData<string> Nothing => new()
    {
        "[Qwen|Model|qwen]比[Llama|Model|llama]便宜。",
        "[英伟达|Company|nv]在[Qwen|Model|qwen]上的调用量超过了[Llama|Model|llama]。",
        "与[GPT-4|Model|gpt4]相比，[Qwen|Model|qwen]更便宜。",
        "[Qwen|Model|qwen]的调用量超过了基于[Llama|Model|llama]的模型。",
        "[Qwen|Model|qwen]占[Hugging Face|Company|hf]衍生模型的40%。",
        "[英伟达|Company|nv]会使用[Qwen|Model|qwen]吗？",
        "[英伟达|Company|nv]是否使用了[Qwen|Model|qwen]",
        "[字节跳动|Company|bd]拒绝透露是否使用[Qwen|Model|qwen]。",
        "[阿里巴巴|Company|ali]会不会开源[Qwen3|Model|qwen3]",
        "[Qwen|Model|qwen]使用了[英伟达|Company|nv]的芯片。",
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Sentence_yields_the_expected_triples(string markup, string expected) =>
        Assert.Equal(Triples.Expected(expected), Triples.Of(markup));

    [Theory]
    [MemberData(nameof(Nothing))]
    public void Comparisons_statistics_and_questions_yield_nothing(string markup) =>
        Assert.Empty(Triples.Of(markup));
}
