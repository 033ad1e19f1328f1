using System.Text;
using Tupu.Domain;
using Tupu.Domain.Articles;
using Tupu.Text.Reading;
using Tupu.Text.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Tupu.Text.Tests.Reading;

[Collection(MemoryCollection.Name)]
public sealed class LargeFileTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteLargeFile(long bytes)
    {
        var path = Path.Combine(_folder.Path, "big.txt");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("---\ntitle: Big\nurl: https://example.com/big\n---\n");
        long written = 0;
        var paragraph = 0;
        while (written < bytes)
        {
            var text = paragraph % 2 == 0
                ? $"Paragraph {paragraph}: Nvidia and Alibaba announced new models for cloud customers this quarter.\n\n"
                : $"第{paragraph}段：阿里巴巴和英伟达宣布面向云客户推出新模型，合作将持续扩大。\n\n";
            writer.Write(text);
            written += Encoding.UTF8.GetByteCount(text);
            paragraph++;
        }

        return path;
    }

    /// <remarks>10 MB in the suite; TUPU_LARGE_FILE_MB=100 runs the 100 MB case (memory bounds do not change).</remarks>
    [Fact]
    public void Large_file_is_split_into_parts_at_paragraphs_with_bounded_memory()
    {
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("TUPU_LARGE_FILE_MB"), out var mb) && mb > 0 ? mb : 10;
        var bytes = megabytes * 1024L * 1024L;
        var path = WriteLargeFile(bytes);
        var reader = new ArticleReader();
        var input = Assert.Single(reader.Discover([path]));
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var growth = new List<long>();
        var keys = new List<string>();
        var endsAtParagraph = new List<bool>();
        var totalChars = 0L;
        var partSize = ArticleReaderOptions.Default.PartSize;
        foreach (var result in reader.Read(input))
        {
            var article = result.Article ?? throw result.Error!;
            keys.Add(article.SourceKey);
            endsAtParagraph.Add(article.Text.EndsWith('\n'));
            totalChars += article.Text.Length;
            Assert.InRange(Encoding.UTF8.GetByteCount(article.Text), 1, 2 * partSize);
            Assert.Equal("Big", article.Metadata.Title);
            Assert.Equal(ArticleFormat.PlainText, article.Format);
            if (keys.Count % 8 == 1)
            {
                growth.Add(GC.GetTotalMemory(forceFullCollection: true) - baseline);
                peak = Math.Max(peak, growth[^1]);
            }
        }

        // Parts are cut at the last paragraph break in the second half of a part: between half and one part size each.
        Assert.InRange(keys.Count, bytes / (2 * partSize), 2 * bytes / partSize);
        Assert.All(endsAtParagraph.SkipLast(1), Assert.True);
        Assert.Equal(Enumerable.Range(1, keys.Count).Select(n => $"https://example.com/big#part-{n}"), keys);
        Assert.True(totalChars > bytes * 2 / 5, $"only {totalChars} chars read");
        // The whole 10 MB file as a string would be ~12 MB; one part plus the threshold-sized prefix buffer stays far below.
        output.WriteLine($"{megabytes} MB file: {keys.Count} parts, live memory grew by at most {peak / 1024.0 / 1024.0:0.0} MB");
        Assert.True(peak < 12 * 1024 * 1024, $"live memory grew by {peak / 1024 / 1024} MB");
        // Memory does not grow with the position in the file: the last parts hold no more than the second.
        Assert.True(growth[^2] - growth[1] < 4 * 1024 * 1024, $"memory grew from {growth[1]} to {growth[^2]} bytes while reading");
    }

    [Fact]
    public void Threshold_is_configurable_and_a_single_line_is_still_cut()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { LargeFileThreshold = 1000, PartSize = 400, ReadBufferSize = 128 });
        var line = string.Concat(Enumerable.Repeat("wordswithoutanybreak", 150)); // 3000 bytes, no space or newline
        var parts = reader.Read("s", new MemoryStream(Encoding.UTF8.GetBytes(line)), ArticleFormat.PlainText).ToList();
        Assert.All(parts, p => Assert.Null(p.Error));
        Assert.True(parts.Count >= 5, $"{parts.Count} parts");
        Assert.Equal(line, string.Concat(parts.Select(p => p.Article!.Text)));
        Assert.Equal("s#part-1", parts[0].Article!.SourceKey);
    }

    [Fact]
    public void Invalid_bytes_in_the_middle_of_a_large_input_stop_with_an_error()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { LargeFileThreshold = 1000, PartSize = 400, ReadBufferSize = 256 });
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("中文段落。\n\n", 400))).Concat(new byte[] { 0xE4, 0x41 }).ToArray();
        var results = reader.Read("s", new MemoryStream(bytes), ArticleFormat.PlainText).ToList();
        Assert.True(results.Count > 1, results[0].Error?.Message);
        Assert.Equal(ErrorCode.UndecodableInput, results[^1].Error!.Code);
        Assert.All(results.SkipLast(1), r => Assert.NotNull(r.Article));
    }

    [Fact]
    public void Large_html_is_stripped_while_streaming()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { LargeFileThreshold = 2000, PartSize = 500, ReadBufferSize = 100 });
        var html = "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav>"
            + string.Concat(Enumerable.Range(0, 100).Select(i => $"<p>Paragraph {i} &amp; more.</p>")) + "</body></html>";
        var text = string.Concat(reader.Read("page", new MemoryStream(Encoding.UTF8.GetBytes(html)), ArticleFormat.Html).Select(r => r.Article!.Text));
        Assert.StartsWith("Paragraph 0 & more.\n\nParagraph 1 & more.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}
