using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>Certainty across sentences: a later confirmation raises speculation; a negated confirmation does not.</summary>
public sealed class CertaintyTests
{
    [Theory]
    [InlineData("据报道，[英伟达|Company|nv]正在使用[Qwen|Model|qwen]。[英伟达|Company|nv]发言人随后证实了这一消息。", "USES nv qwen asserted")]
    [InlineData("据报道，[英伟达|Company|nv]正在使用[Qwen|Model|qwen]。该公司随后证实了这一消息。", "USES nv qwen asserted")]
    [InlineData("[Apple|Company|apple] is rumored to use [Qwen|Model|qwen]. [Apple|Company|apple] later confirmed the deal.", "USES apple qwen asserted")]
    [InlineData("据报道，[英伟达|Company|nv]正在使用[Qwen|Model|qwen]。[英伟达|Company|nv]尚未证实这一消息。", "USES nv qwen speculated")]
    [InlineData("[Apple|Company|apple] is rumored to use [Qwen|Model|qwen]. [Apple|Company|apple] has not confirmed it.", "USES apple qwen speculated")]
    [InlineData("[微软|Company|ms]证实了合作。据报道，[英伟达|Company|nv]正在使用[Qwen|Model|qwen]。", "USES nv qwen speculated")]
    [InlineData("[英伟达|Company|nv]没有使用[Qwen|Model|qwen]。[英伟达|Company|nv]证实了这一点。", "USES nv qwen negated")]
    public void Confirmation_raises_only_earlier_speculation(string markup, string expected) =>
        Assert.Equal(Triples.Expected(expected), Triples.Of(markup));

    [Theory]
    [InlineData("[英伟达|Company|nv]使用了[Qwen|Model|qwen]，但没有使用[Llama|Model|llama]。", "USES nv qwen asserted; USES nv llama negated")]
    [InlineData("[英伟达|Company|nv]没有开发模型；该公司使用[Qwen|Model|qwen]。", "USES nv qwen asserted")]
    [InlineData("[Nvidia|Company|nv] uses [Qwen|Model|qwen]; it never adopted [Llama|Model|llama].", "USES nv qwen asserted; USES nv llama negated")]
    public void Negation_stays_in_its_clause(string markup, string expected) =>
        Assert.Equal(Triples.Expected(expected), Triples.Of(markup));
}
