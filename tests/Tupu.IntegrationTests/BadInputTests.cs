using System.Text;
using System.Text.Json;
using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary>
/// Bad input gets one clear line naming the file and the reason; the rest of the batch is ingested; the exit code says
/// what happened (0 all ingested, 1 some failed, 2 usage error).
/// </summary>
public sealed class BadInputTests
{
    private const string GoodArticle = "英伟达首席执行官黄仁勋表示，公司正在使用通义千问。\n";

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "empty.txt", [] },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1] },
        { "archive.md", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "invalid-utf8.txt", [0xE8, 0x8B, 0xB1, 0xC3, 0x28, 0xFF, 0xFE, 0x20, 0xE4, 0xBC] },
        { "shift-jis.txt", Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes("ソフトバンクはエヌビディアの株を売却した。日本語の文章です。") },
    };

    static BadInputTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_named_with_its_reason_and_the_rest_is_ingested(string name, byte[] bytes)
    {
        using var directory = new TempDirectory();
        var input = Path.Combine(directory.Path, "in");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(input, "good.txt"), GoodArticle);
        await File.WriteAllBytesAsync(Path.Combine(input, name), bytes);

        var run = await CliRun.RunAsync("ingest", input, "--store", directory.File("tupu.db"), "--json");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(name, line, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("ingested").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task A_missing_file_is_reported_and_the_others_are_ingested()
    {
        using var directory = new TempDirectory();
        var good = directory.File("good.txt");
        await File.WriteAllTextAsync(good, GoodArticle);
        var missing = directory.File("missing.txt");

        var run = await CliRun.RunAsync("ingest", good, missing, "--store", directory.File("tupu.db"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missing.txt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_and_deeply_nested_html_does_not_stop_the_batch()
    {
        using var directory = new TempDirectory();
        var nested = new StringBuilder("<html><body>");
        for (var i = 0; i < 5000; i++)
        {
            nested.Append("<div>");
        }

        nested.Append("<p>阿里巴巴发布了Qwen3模型。</p>");
        await File.WriteAllTextAsync(directory.File("nested.html"), nested.ToString());
        await File.WriteAllTextAsync(directory.File("broken.html"), "<html><body><p>DeepSeek released <b>R1 <i>today</p></div></span>");
        await File.WriteAllTextAsync(directory.File("good.txt"), GoodArticle);

        var run = await CliRun.RunAsync("ingest", directory.Path, "--store", directory.File("tupu.db"), "--json");

        Assert.InRange(run.ExitCode, 0, 1);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.True(summary.RootElement.GetProperty("ingested").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_symbolic_link_loop_is_reported_not_followed_forever()
    {
        using var directory = new TempDirectory();
        var input = Path.Combine(directory.Path, "in");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(input, "good.txt"), GoodArticle);
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), input);

        var run = await CliRun.RunAsync("ingest", input, "--store", directory.File("tupu.db"), "--json");

        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("ingested").GetInt32());
    }

    [Fact]
    public async Task Usage_errors_exit_with_two()
    {
        Assert.Equal(2, (await CliRun.RunAsync("ingest")).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync("ingest", "x", "--jobs", "0")).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync("export", "--format", "yaml")).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync("no-such-command")).ExitCode);
    }
}
