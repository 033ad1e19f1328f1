using System.Text;
using Tupu.Domain;
using Tupu.Text.Decoding;
using Xunit;

namespace Tupu.Text.Tests.Decoding;

public sealed class TextDecoderTests
{
    internal const string SimplifiedNews =
        "阿里巴巴周二发布了新一代通义千问大模型，公司表示该模型在多项测试中的表现超过了此前的版本。" +
        "据报道，英伟达首席执行官黄仁勋也在同一天宣布了与多家中国企业的合作计划。";

    internal const string TraditionalNews =
        "輝達執行長黃仁勳週二在台北發表演講，宣佈與台積電擴大合作，並表示人工智慧的需求仍在快速成長。" +
        "據報導，多家雲端服務業者已經開始採用新一代晶片。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[], string> Encoded => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(SimplifiedNews), SimplifiedNews },
        { "utf-8", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TraditionalNews)], TraditionalNews },
        { "utf-16", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(SimplifiedNews)], SimplifiedNews },
        { "utf-16", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(TraditionalNews)], TraditionalNews },
        { "gb18030", Encoding.GetEncoding("GB18030").GetBytes(SimplifiedNews), SimplifiedNews },
        { "gb18030", Encoding.GetEncoding("GBK").GetBytes(SimplifiedNews), SimplifiedNews },
        { "gb18030", Encoding.GetEncoding("GB18030").GetBytes(TraditionalNews), TraditionalNews },
        { "big5", Encoding.GetEncoding("big5").GetBytes(TraditionalNews), TraditionalNews },
        { "utf-8", Encoding.ASCII.GetBytes("Plain English text."), "Plain English text." },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Detects_the_encoding(string expectedEncoding, byte[] bytes, string expectedText)
    {
        var decoded = TextDecoder.Decode(bytes, complete: true, "sample");
        Assert.Equal(expectedEncoding, decoded.EncodingName);
        Assert.Equal(expectedText, decoded.Text);
    }

    [Fact]
    public void Declared_charset_is_used()
    {
        var html = "<html><head><meta charset=\"big5\"></head><body><p>" + TraditionalNews + "</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(html), complete: true, "page.html");
        Assert.Equal("big5", decoded.EncodingName);
        Assert.Contains("黃仁勳", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_encoding_is_used()
    {
        var text = "---\ntitle: 測試\nencoding: gbk\n---\n" + SimplifiedNews;
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("GBK").GetBytes(text), complete: true, "a.txt");
        Assert.Equal("gb18030", decoded.EncodingName);
    }

    public static TheoryData<string, byte[], ErrorCode> Bad => new()
    {
        { "empty", [], ErrorCode.EmptyInput },
        { "png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], ErrorCode.BinaryInput },
        { "zip", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0], ErrorCode.BinaryInput },
        { "nul bytes", [(byte)'a', (byte)'b', 0, 0xC3, 0x28, (byte)'c', 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 200, 100], ErrorCode.BinaryInput },
        { "invalid utf-8 after bom", [0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0x28], ErrorCode.UndecodableInput },
        { "lone surrogate utf-16", [0xFF, 0xFE, 0x00, 0xD8, (byte)'a', 0], ErrorCode.UndecodableInput },
        { "utf-32 bom", [0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0], ErrorCode.UndecodableInput },
        { "utf-16 without bom", Encoding.Unicode.GetBytes("Hello, this is wide text without a mark."), ErrorCode.UndecodableInput },
        { "invalid gb18030 declared", [.. Encoding.ASCII.GetBytes("---\nencoding: gb18030\n---\n"), 0x81, 0x20, 0xFF], ErrorCode.UndecodableInput },
        { "invalid big5 declared", [.. Encoding.ASCII.GetBytes("<meta charset=big5>"), 0xA4, 0x40, 0xFF, 0xFF], ErrorCode.UndecodableInput },
        { "unsupported declared", [.. Encoding.ASCII.GetBytes("<meta charset=\"shift_jis\">"), 0x93, 0xFA, 0x96, 0x7B], ErrorCode.UndecodableInput },
        { "stray high bytes", [(byte)'a', 0x80, (byte)'b', 0xFF], ErrorCode.UndecodableInput },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Bad_bytes_fail_with_a_code(string name, byte[] bytes, ErrorCode code)
    {
        var ex = Assert.Throws<TupuException>(() => TextDecoder.Decode(bytes, complete: true, name));
        Assert.Equal(code, ex.Code);
        Assert.StartsWith(name + ":", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_shift_jis_is_refused()
    {
        var japanese = "日本の人工知能企業は新しいモデルを発表しました。東京で記者会見を開き、性能が大幅に向上したと説明しました。";
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes(japanese);
        var ex = Assert.Throws<TupuException>(() => TextDecoder.Decode(bytes, complete: true, "jp.txt"));
        Assert.Equal(ErrorCode.UndecodableInput, ex.Code);
        Assert.Contains("undeclared encoding", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_windows_1252_is_refused()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Le café de l'été à Zürich — très réputé.");
        var ex = Assert.Throws<TupuException>(() => TextDecoder.Decode(bytes, complete: true, "fr.txt"));
        Assert.Equal(ErrorCode.UndecodableInput, ex.Code);
    }

    [Fact]
    public void Scorer_prefers_the_right_reading()
    {
        var big5 = Encoding.GetEncoding("big5").GetBytes(TraditionalNews);
        var gbReading = Encoding.GetEncoding("GB18030").GetString(big5);
        Assert.True(ChineseTextScorer.Score(TraditionalNews) > 0.7, ChineseTextScorer.Score(TraditionalNews).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(ChineseTextScorer.Score(gbReading) < ChineseTextScorer.MinimumPlausible);
    }
}
