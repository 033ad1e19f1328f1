using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>Sentence → triples tables for English.</summary>
public sealed class RelationExtractorEnglishTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { "[Nvidia|Company|nv] uses [Qwen|Model|qwen] for inference.", "USES nv qwen asserted" },
        { "[Airbnb|Company|airbnb] switched to [Qwen|Model|qwen] last year.", "USES airbnb qwen asserted" },
        { "[Microsoft|Company|ms] integrated [Qwen|Model|qwen] into its cloud.", "USES ms qwen asserted" },
        { "[Nvidia|Company|nv], [Microsoft|Company|ms] and [Amazon|Company|amzn] have adopted [DeepSeek-R1|Model|r1].", "USES nv r1 asserted; USES ms r1 asserted; USES amzn r1 asserted" },
        { "[Qwen|Model|qwen], developed by [Alibaba|Company|ali], is popular.", "DEVELOPS ali qwen asserted" },
        { "[Alibaba|Company|ali]'s [Qwen|Model|qwen] is popular.", "DEVELOPS ali qwen asserted" },
        { "[Alibaba|Company|ali] released [Qwen3|Model|qwen3] on Monday. The company also open-sourced [Qwen2.5|Model|qwen25].", "DEVELOPS ali qwen3 asserted; DEVELOPS ali qwen25 asserted" },
        { "[Nvidia|Company|nv] CEO [Jensen Huang|Person|hjx] praised [Qwen|Model|qwen].", "WORKS_FOR hjx nv asserted; PRAISED hjx qwen asserted" },
        { "[Jensen Huang|Person|hjx], chief executive of [Nvidia|Company|nv], spoke first.", "WORKS_FOR hjx nv asserted" },
        { "[Jensen Huang|Person|hjx], [Nvidia|Company|nv]'s CEO, spoke first.", "WORKS_FOR hjx nv asserted" },
        { "Former [OpenAI|Company|oai] CTO [Mira Murati|Person|mira] has a new company.", "WORKS_FOR mira oai asserted" },
        { "[Liang Wenfeng|Person|lwf] founded [DeepSeek|Company|ds] in 2023.", "FOUNDED lwf ds asserted" },
        { "[DeepSeek|Company|ds] founder [Liang Wenfeng|Person|lwf] rarely speaks.", "FOUNDED lwf ds asserted" },
        { "[Liang Wenfeng|Person|lwf], founder of [DeepSeek|Company|ds], rarely speaks.", "FOUNDED lwf ds asserted" },
        { "[Kimi|Model|kimi] is built on [Qwen|Model|qwen].", "BUILT_ON kimi qwen asserted" },
        { "[DeepSeek-R1-Distill|Model|distill] was distilled from [Qwen|Model|qwen].", "BUILT_ON distill qwen asserted" },
        { "[Sam Altman|Person|sam] hailed [DeepSeek-R1|Model|r1] as impressive.", "PRAISED sam r1 asserted" },
        { "[Qwen|Model|qwen] was praised by [Jensen Huang|Person|hjx].", "PRAISED hjx qwen asserted" },
        { "[Jensen Huang|Person|hjx] spoke on stage. He praised [Qwen|Model|qwen].", "PRAISED hjx qwen asserted" },
        { "[Nvidia|Company|nv] does not make models, but it uses [Qwen|Model|qwen].", "USES nv qwen asserted" },
        { "[Nvidia|Company|nv] did not use [Qwen|Model|qwen].", "USES nv qwen negated" },
        { "[Nvidia|Company|nv] denied using [Qwen|Model|qwen].", "USES nv qwen negated" },
        { "[Meta|Company|meta] no longer uses [Llama|Model|llama].", "USES meta llama negated" },
        { "[Nvidia|Company|nv] reportedly uses [Qwen|Model|qwen].", "USES nv qwen speculated" },
        { "[Nvidia|Company|nv] may adopt [Qwen|Model|qwen].", "USES nv qwen speculated" },
        { "[Apple|Company|apple] is rumored to use [Qwen|Model|qwen].", "USES apple qwen speculated" },
        { "[Nvidia|Company|nv] did not use [Llama|Model|llama] but adopted [Qwen|Model|qwen].", "USES nv llama negated; USES nv qwen asserted" },
    };

    public static TheoryData<string> Nothing => new()
    {
        "[Qwen|Model|qwen] is cheaper than [Llama|Model|llama].",
        "[Qwen|Model|qwen] outperforms [Llama|Model|llama] on benchmarks.",
        "Compared with [GPT-4|Model|gpt4], [Qwen|Model|qwen] built on less data wins.",
        "Around 40% of [Hugging Face|Company|hf] derivatives are based on [Qwen|Model|qwen].",
        "Does [Nvidia|Company|nv] use [Qwen|Model|qwen]?",
        "It is unclear whether [Nvidia|Company|nv] uses [Qwen|Model|qwen].",
        "Will [Alibaba|Company|ali] open-source [Qwen3|Model|qwen3]?",
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
