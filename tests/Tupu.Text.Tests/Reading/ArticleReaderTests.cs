using System.Text;
using Tupu.Domain;
using Tupu.Domain.Articles;
using Tupu.Text.Reading;
using Tupu.Text.Tests.Decoding;
using Tupu.Text.Tests.Support;
using Xunit;

namespace Tupu.Text.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleReader _reader = new();

    static ArticleReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    private ArticleReadResult ReadOne(string path)
    {
        var input = Assert.Single(_reader.Discover([path]));
        return Assert.Single(_reader.Read(input));
    }

    private TupuException ReadError(string path)
    {
        var result = ReadOne(path);
        Assert.Null(result.Article);
        Assert.NotNull(result.Error);
        return result.Error;
    }

    [Fact]
    public void Front_matter_becomes_metadata_and_leaves_the_text()
    {
        var path = _folder.File("a.md", "---\ntitle: \"Qwen3 发布\"\noutlet: 科技日报\npublished: 2025-04-29\nurl: https://example.com/qwen3\nlanguage: zh-Hans\n---\n# 阿里巴巴发布Qwen3\n正文。");
        var article = ReadOne(path).Article!;
        Assert.Equal(new ArticleMetadata("Qwen3 发布", "科技日报", new DateOnly(2025, 4, 29), "https://example.com/qwen3", "zh-Hans"), article.Metadata);
        Assert.Equal("# 阿里巴巴发布Qwen3\n正文。", article.Text);
        Assert.Equal("https://example.com/qwen3", article.SourceKey);
        Assert.Equal(ArticleFormat.Markdown, article.Format);
    }

    [Fact]
    public void Id_is_stable_and_depends_on_source_and_content()
    {
        var path = _folder.File("b.txt", "Nvidia released a chip.");
        var first = ReadOne(path).Article!;
        var again = ReadOne(path).Article!;
        Assert.Equal(first.Id, again.Id);
        Assert.Matches("^a-[0-9a-f]{16}$", first.Id);
        Assert.Equal(path.Replace('\\', '/'), first.SourceKey);
        var changed = ReadOne(_folder.File("b.txt", "Nvidia released two chips.")).Article!;
        Assert.NotEqual(first.Id, changed.Id);
        Assert.NotEqual(first.ContentHash, changed.ContentHash);
    }

    [Fact]
    public void Malformed_front_matter_is_reported()
    {
        Assert.Equal(ErrorCode.MalformedFrontMatter, ReadError(_folder.File("c.txt", "---\ntitle: x\nno closing line\n")).Code);
        Assert.Equal(ErrorCode.MalformedFrontMatter, ReadError(_folder.File("d.txt", "---\npublished: yesterday\n---\nBody")).Code);
    }

    [Fact]
    public void A_leading_markdown_rule_is_not_front_matter()
    {
        var article = ReadOne(_folder.File("e.md", "---\n\nBody after a rule.")).Article!;
        Assert.Equal(ArticleMetadata.Empty, article.Metadata);
    }

    [Fact]
    public void Gb18030_and_big5_files_are_read()
    {
        var gb = ReadOne(_folder.File("gb.txt", Encoding.GetEncoding("GB18030").GetBytes(TextDecoderTests.SimplifiedNews))).Article!;
        Assert.Equal("gb18030", gb.Encoding);
        Assert.Equal(TextDecoderTests.SimplifiedNews, gb.Text);
        var big5 = ReadOne(_folder.File("big5.txt", Encoding.GetEncoding("big5").GetBytes(TextDecoderTests.TraditionalNews))).Article!;
        Assert.Equal("big5", big5.Encoding);
        Assert.Equal(TextDecoderTests.TraditionalNews, big5.Text);
    }

    [Fact]
    public void Html_page_is_reduced_to_its_article()
    {
        var html = """
            <!DOCTYPE html><html lang="en"><head><title>Site | Story</title>
            <meta property="og:title" content="Nvidia unveils chip"><meta property="og:site_name" content="Tech Daily">
            <meta property="article:published_time" content="2025-03-18T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/ai">AI</a></nav>
            <div class="cookie-banner">We use cookies. Accept?</div>
            <article><h1>Nvidia unveils chip</h1><p>Nvidia on Tuesday unveiled its <b>new</b> chip.</p><p>Shares rose.</p></article>
            <aside>Related: other stories</aside><footer>Copyright Tech Daily</footer><script>var x = "<p>no</p>";</script></body></html>
            """;
        var article = ReadOne(_folder.File("page.html", html)).Article!;
        Assert.Equal("Nvidia unveils chip\n\nNvidia on Tuesday unveiled its new chip.\n\nShares rose.", article.Text);
        Assert.Equal("Nvidia unveils chip", article.Metadata.Title);
        Assert.Equal("Tech Daily", article.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 18), article.Metadata.Published);
        Assert.Equal("en", article.Metadata.Language);
    }

    // ---- Bad input, one test per case (issue 8) ----

    [Fact]
    public void Empty_file() => Assert.Equal(ErrorCode.EmptyInput, ReadError(_folder.File("empty.txt", [])).Code);

    [Fact]
    public void Whitespace_only_file() => Assert.Equal(ErrorCode.EmptyInput, ReadError(_folder.File("blank.txt", " \n\t\n")).Code);

    [Fact]
    public void Binary_file()
    {
        var error = ReadError(_folder.File("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']));
        Assert.Equal(ErrorCode.BinaryInput, error.Code);
        Assert.Contains("photo.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_named_explicitly() =>
        Assert.Equal(ErrorCode.BinaryInput, ReadError(_folder.File("data.zip", [(byte)'P', (byte)'K', 3, 4, 10, 0, 0, 0])).Code);

    [Fact]
    public void Invalid_byte_sequences()
    {
        Assert.Equal(ErrorCode.UndecodableInput, ReadError(_folder.File("bad-utf8.txt", [0xEF, 0xBB, 0xBF, (byte)'o', (byte)'k', 0xE4, 0xB8])).Code);
        Assert.Equal(ErrorCode.UndecodableInput, ReadError(_folder.File("bad-utf16.txt", [0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00])).Code);
        Assert.Equal(ErrorCode.UndecodableInput, ReadError(_folder.File("bad-gbk.txt", [.. Encoding.ASCII.GetBytes("---\nencoding: gbk\n---\n"), 0xB0, 0xA1, 0x81, 0xFF])).Code);
    }

    [Fact]
    public void Undeclared_encoding()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("日本の人工知能企業は新しいモデルを発表しました。性能が大幅に向上したと説明しました。");
        var error = ReadError(_folder.File("shiftjis.txt", bytes));
        Assert.Equal(ErrorCode.UndecodableInput, error.Code);
        Assert.Contains("shiftjis.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_line_without_punctuation_reads_fast()
    {
        var line = string.Concat(Enumerable.Repeat("data ", 200_000)); // 1 MB on one line: just under the large-file threshold, so one article
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var article = ReadOne(_folder.File("long.txt", line)).Article!;
        var document = new Tupu.Text.Normalization.TextNormalizer().Normalize(article);
        watch.Stop();
        Assert.Single(document.Sentences);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deeply_nested_html()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>Deep text survives.</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var article = ReadOne(_folder.File("deep.html", html)).Article!;
        Assert.Equal("Deep text survives.", article.Text.Trim());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Malformed_html_still_yields_text()
    {
        var article = ReadOne(_folder.File("broken.html", "<html><body><p>First <b>bold <i>mixed</b> text</i><p>Second &amp; last <div <span>")).Article!;
        Assert.Contains("First bold mixed text", article.Text, StringComparison.Ordinal);
        Assert.Contains("Second & last", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_text()
    {
        var error = ReadError(_folder.File("empty.html", "<html><head><title>x</title><script>1</script></head><body><nav>Home</nav></body></html>"));
        Assert.Equal(ErrorCode.NoTextContent, error.Code);
    }

    [Fact]
    public void Missing_file()
    {
        var missing = Path.Combine(_folder.Path, "nope.txt");
        var input = Assert.Single(_reader.Discover([missing]));
        Assert.Equal(ErrorCode.FileNotFound, input.Error!.Code);
        Assert.Contains("nope.txt", input.Error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCode.FileNotFound, Assert.Single(_reader.Read(input)).Error!.Code);
        Assert.Equal(ErrorCode.FileNotFound, Assert.Single(_reader.Read(new ArticleInput(missing, 0))).Error!.Code);
    }

    [Fact]
    public void Unreadable_path()
    {
        var result = Assert.Single(_reader.Read(new ArticleInput(_folder.Path, 0)));
        Assert.Equal(ErrorCode.FileUnreadable, result.Error!.Code);
    }

    [Fact]
    public void Folder_with_a_symbolic_link_loop()
    {
        var root = Path.Combine(_folder.Path, "corpus");
        _folder.File("corpus/sub/a.txt", "A text.");
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "loop"), root);
        File.CreateSymbolicLink(Path.Combine(root, "x.txt"), Path.Combine(root, "y.txt"));
        File.CreateSymbolicLink(Path.Combine(root, "y.txt"), Path.Combine(root, "x.txt"));
        var inputs = _reader.Discover([root]).ToList();
        Assert.Contains(inputs, i => i.Error is null && i.Path.EndsWith("sub/a.txt", StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Error?.Code == ErrorCode.LinkLoop && i.Path.EndsWith("sub/loop", StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Error?.Code == ErrorCode.LinkLoop && i.Path.EndsWith("x.txt", StringComparison.Ordinal));
        Assert.Single(inputs, i => i.Error is null);
    }

    [Fact]
    public void Zero_byte_standard_input()
    {
        var reader = new ArticleReader(null, () => new MemoryStream());
        var input = Assert.Single(reader.Discover(["-"]));
        var result = Assert.Single(reader.Read(input));
        Assert.Equal(ErrorCode.EmptyInput, result.Error!.Code);
        Assert.Contains("standard input", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_and_keyed_stdin()
    {
        var reader = new ArticleReader(null, () => new MemoryStream(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><article><p>From a pipe.</p></article></body></html>")));
        var article = Assert.Single(reader.Read(new ArticleInput("-", -1))).Article!;
        Assert.Equal("stdin", article.SourceKey);
        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("From a pipe.", article.Text);
    }

    [Fact]
    public void Discover_walks_folders_in_ordinal_order_and_skips_other_extensions()
    {
        _folder.File("tree/b.md", "b");
        _folder.File("tree/a.txt", "a");
        _folder.File("tree/C.html", "<p>c</p>");
        _folder.File("tree/sub/d.htm", "<p>d</p>");
        _folder.File("tree/sub/e.markdown", "e");
        _folder.File("tree/image.png", "x");
        _folder.File("tree/notes.log", "x");
        var explicitLog = _folder.File("notes.log", "read as text");
        var root = Path.Combine(_folder.Path, "tree");
        var paths = _reader.Discover([root, explicitLog]).Select(i => i.Path[(_folder.Path.Length + 1)..]).ToArray();
        Assert.Equal(["tree/C.html", "tree/a.txt", "tree/b.md", "tree/sub/d.htm", "tree/sub/e.markdown", "notes.log"], paths);
        var log = Assert.Single(_reader.Read(new ArticleInput(explicitLog, 12))).Article!;
        Assert.Equal(ArticleFormat.PlainText, log.Format);
    }
}
