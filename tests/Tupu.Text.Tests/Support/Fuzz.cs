using FsCheck;
using FsCheck.Fluent;
using Tupu.Domain;

namespace Tupu.Text.Tests.Support;

/// <summary>Generators and a hang guard for the property-based fuzz tests.</summary>
internal static class Fuzz
{
    /// <summary>Upper bound for one input; a real hang shows up as a timeout, not a stuck test run.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly string[] HtmlPieces =
    [
        "<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<main>", "<nav>", "</nav>", "<footer>", "<script>",
        "</script>", "<style>", "<!--", "-->", "<", ">", "</", "/>", "\"", "'", "=", "&amp;", "&#x4E2D;", "&#99999999;", "&bogus",
        "<meta charset=big5>", "<title>", "<br>", "<b>", "</i>", "<table><tr><td>", "<![CDATA[", "]]>", "<?xml?>",
        "text ", "中文", "輝達", "。", "\n", " ", "\0", "\uFFFF", "\uD800", "<meta property=\"og:title\" content=\"x\">",
    ];

    private static readonly string[] TextPieces =
    [
        "執", "(zhí)", "（fā）", "(", ")", "（", "）", "發", "。", "！", "？", "…", ".", "Mr.", " ", "\n", "\r\n", "\n\n", "\t",
        "ＡＢ", "１２", "㈱", "e\u0301", "\u0301", "\uD83D\uDE00", "\uD800", "\uDC00", "\u200B", "\0", "©", "版权所有",
        "电话 010-12345678", "a@b.com", "图/新华社", "摄）", "# ", "**", "[a](b)", "![x](y)", "```", "`", "_", "*", "> ",
        "- ", "1. ", "GPT-4", "2.5", "OpenAI", "阿里巴巴", "「", "」", "“", "”", "\u3000", "\u00A0", "ﬁ",
    ];

    public static Arbitrary<string> HtmlLike { get; } = Arb.From(Gen.ListOf(Gen.Elements(HtmlPieces)).Select(string.Concat));

    public static Arbitrary<string> TextLike { get; } = Arb.From(Gen.ListOf(Gen.Elements(TextPieces)).Select(string.Concat));

    /// <summary>
    /// Checks a property with <paramref name="runs"/> generated cases, or with TUPU_FUZZ_RUNS cases when that variable
    /// is set (a long fuzz run: <c>TUPU_FUZZ_RUNS=100000 dotnet test tests/Tupu.Text.Tests --filter Fuzz</c>).
    /// </summary>
    public static void Check(Property property, int runs)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("TUPU_FUZZ_RUNS"), System.Globalization.CultureInfo.InvariantCulture, out var configured) && configured > 0)
        {
            runs = configured;
        }

        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs), property);
    }

    /// <summary>Runs <paramref name="action"/>; true when it finished in time and either succeeded or threw a TupuException.</summary>
    public static bool SucceedsOrFailsCleanly(Action action)
    {
        Exception? failure = null;
        var task = Task.Run(() =>
        {
            try
            {
                action();
            }
            catch (TupuException)
            {
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        if (!task.Wait(Budget))
        {
            throw new TimeoutException("The input did not finish within the budget.");
        }

        return failure is null ? true : throw new InvalidOperationException("Unexpected exception type", failure);
    }
}
