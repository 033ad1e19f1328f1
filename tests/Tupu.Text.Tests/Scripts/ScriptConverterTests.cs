using System.Diagnostics;
using Tupu.Domain.Text;
using Tupu.Text.Scripts;
using Tupu.Text.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Tupu.Text.Tests.Scripts;

public sealed class ScriptConverterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("執行官", "执行官")]
    [InlineData("輝達發表新晶片", "辉达发表新晶片")]
    [InlineData("臺灣積體電路製造", "台湾积体电路制造")]
    [InlineData("阿里巴巴发布通义千问", "阿里巴巴发布通义千问")]
    [InlineData("OpenAI 與 Google", "OpenAI 与 Google")]
    public void ToSimplified_converts_one_char_for_one_char(string traditional, string simplified)
    {
        var converted = ScriptConverter.ToSimplified(traditional);
        Assert.Equal(simplified, converted);
        Assert.Equal(traditional.Length, converted.Length);
    }

    [Fact]
    public void ToSimplified_char_leaves_non_han_alone()
    {
        Assert.Equal('A', ScriptConverter.ToSimplified('A'));
        Assert.Equal('，', ScriptConverter.ToSimplified('，'));
        Assert.Equal('发', ScriptConverter.ToSimplified('發'));
    }

    [Theory]
    [InlineData("Nvidia released a chip.", Script.Latin)]
    [InlineData("英伟达发布了新的人工智能芯片。", Script.Simplified)]
    [InlineData("輝達發表了新的人工智慧晶片。", Script.Traditional)]
    [InlineData("著名的科学家说这个问题很重要，我们要认真对待它。", Script.Simplified)]
    public void Detect_tells_scripts_apart(string text, Script expected) => Assert.Equal(expected, ScriptConverter.Detect(text));

    [Theory]
    [InlineData('中', true)]
    [InlineData('㐀', true)]
    [InlineData('豈', true)]
    [InlineData('A', false)]
    [InlineData('。', false)]
    [InlineData('あ', false)]
    public void IsHan(char c, bool expected) => Assert.Equal(expected, ScriptConverter.IsHan(c));

    [Fact]
    public void Conversion_is_fast_once_the_table_exists()
    {
        var watch = Stopwatch.StartNew();
        ScriptConverter.ToSimplified('發');
        var build = watch.Elapsed;
        var text = string.Concat(Enumerable.Repeat("輝達執行長黃仁勳在臺北發表演講，宣佈與臺積電擴大合作。", 20_000));
        watch.Restart();
        var converted = ScriptConverter.ToSimplified(text);
        var convert = watch.Elapsed;
        output.WriteLine($"table build {build.TotalMilliseconds:F0} ms; {text.Length / 1e6:F2} M chars converted in {convert.TotalMilliseconds:F1} ms");
        Assert.StartsWith("辉达执行长黄仁勋在台北发表演讲", converted, StringComparison.Ordinal);
        Assert.True(convert < TimeSpan.FromSeconds(1), $"conversion took {convert}");
    }

    /// <summary>
    /// The shipped table must equal what ICU4N's transliterator produces. With TUPU_REGENERATE_TABLES=1 the test
    /// rewrites src/Tupu.Text/Scripts/TraditionalSimplified.txt instead (then rebuild).
    /// </summary>
    [Fact]
    public void Shipped_table_equals_icu()
    {
        var fromIcu = SimplifiedTable.Serialize(SimplifiedTable.BuildFromIcu());
        if (Environment.GetEnvironmentVariable("TUPU_REGENERATE_TABLES") == "1")
        {
            var path = Path.Combine(Repository.Root, "src", "Tupu.Text", "Scripts", "TraditionalSimplified.txt");
            File.WriteAllText(path, fromIcu, new System.Text.UTF8Encoding(false));
            return;
        }

        using var stream = typeof(SimplifiedTable).Assembly.GetManifestResourceStream(SimplifiedTable.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal(fromIcu, reader.ReadToEnd());
        Assert.Equal(fromIcu, SimplifiedTable.Serialize(SimplifiedTable.Instance));
    }
}
