using System.Text;
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

    [Theory]
    [InlineData("Jensen Huang")]
    [InlineData("黄仁勋")]
    [InlineData("萨姆·奥尔特曼")]
    [InlineData("Ｑｗｅｎ　３")]
    [InlineData("Café Ａ")]
    [InlineData("éclair")]
    [InlineData("Ⅰ Capital")]
    [InlineData("豈 㐀 X")]
    [InlineData("  Zhipu	 AI  ")]
    public void Keys_equal_a_full_normalisation_of_the_name(string name)
    {
        // The fast path skips NFKC for ASCII and CJK ideographs: it must give what normalising every name gives.
        var simplified = ScriptFolding.ToSimplified(name.Normalize(NormalizationForm.FormKC));
        var builder = new StringBuilder();
        foreach (var c in simplified)
        {
            var folded = NameKeys.Fold(c);
            if (folded == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(folded);
        }

        var exact = builder.ToString().TrimEnd();
        Assert.Equal(exact, NameKeys.Exact(name));
        Assert.Equal(exact.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            .Replace("_", "", StringComparison.Ordinal).Replace("\u00B7", "", StringComparison.Ordinal), NameKeys.Compact(name));
    }
}
