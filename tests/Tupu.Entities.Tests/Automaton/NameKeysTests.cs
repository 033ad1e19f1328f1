using Tupu.Entities.Automaton;

namespace Tupu.Entities.Tests.Automaton;

public sealed class NameKeysTests
{
    [Theory]
    [InlineData("英偉達", "英伟达")]
    [InlineData("ＮＶＩＤＩＡ", "nvidia")]
    [InlineData("Sam  Altman ", "sam altman")]
    [InlineData("埃隆•马斯克", "埃隆·马斯克")]
    public void Exact_keys_fold_width_case_script_spaces_and_dots(string name, string key)
    {
        Assert.Equal(key, NameKeys.Exact(name));
    }

    [Theory]
    [InlineData("Qwen 3")]
    [InlineData("Qwen-3")]
    [InlineData("qwen3")]
    [InlineData("QWEN_3")]
    public void Compact_keys_ignore_spaces_and_hyphens(string name)
    {
        Assert.Equal("qwen3", NameKeys.Compact(name));
    }

    [Fact]
    public void Compact_keys_keep_version_dots()
    {
        Assert.NotEqual(NameKeys.Compact("Qwen2.5"), NameKeys.Compact("Qwen25"));
    }
}
