using Tupu.Pipeline.Evaluation;

namespace Tupu.Pipeline.Tests.Evaluation;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("英偉達", "英伟达")]
    [InlineData("Ｎｖｉｄｉａ", "nvidia")]
    [InlineData("Jensen  Huang", "JensenHuang")]
    [InlineData("杰森·黄", "杰森黄")]
    [InlineData("Qwen 2.5", "qwen2.5")]
    public void Names_written_differently_fold_to_one_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Fact]
    public void Different_names_keep_different_keys() => Assert.NotEqual(NameKey.Of("Qwen2.5"), NameKey.Of("Qwen3"));
}
