using Tupu.Domain;
using Tupu.Domain.Articles;

namespace Tupu.Text.Reading;

/// <summary>
/// The first pipeline stage: finds inputs and reads them into <see cref="Article"/> records. Encodings are detected
/// from the bytes (BOM, UTF-8 validity, declarations, GB18030 vs Big5 plausibility), front matter is read into
/// <see cref="ArticleMetadata"/> and removed, HTML pages are reduced to their main text. <see cref="Article.Text"/> is
/// the text as printed after format extraction: for Markdown the raw Markdown (the normaliser strips the syntax and
/// keeps the offset map), for HTML the extracted text. Inputs above
/// <see cref="ArticleReaderOptions.LargeFileThreshold"/> are streamed and split into parts ("path#part-N").
/// Every failure is returned as an <see cref="ArticleReadResult"/> with a <see cref="TupuException"/>, never thrown.
/// </summary>
public sealed class ArticleReader
{
    private const int InitialBuffer = 64 * 1024;

    private readonly ArticleReaderOptions _options;
    private readonly Func<Stream> _standardInput;

    public ArticleReader(ArticleReaderOptions? options = null)
        : this(options, Console.OpenStandardInput)
    {
    }

    /// <summary>For tests and hosts that supply standard input themselves.</summary>
    public ArticleReader(ArticleReaderOptions? options, Func<Stream> standardInput)
    {
        _options = options ?? ArticleReaderOptions.Default;
        _standardInput = standardInput ?? throw new ArgumentNullException(nameof(standardInput));
    }

    /// <summary>
    /// Expands paths into inputs: files as given (any extension, read as plain text unless .md/.markdown/.html/.htm),
    /// folders recursively (only .txt .md .markdown .html .htm, ordinal order), "-" for standard input. Missing paths
    /// and symbolic-link loops come back as inputs carrying an error.
    /// </summary>
    public IEnumerable<ArticleInput> Discover(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return FolderWalker.Discover(paths);
    }

    /// <summary>Reads one discovered input: one article, or several parts for a large input, or an error.</summary>
    public IEnumerable<ArticleReadResult> Read(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Error is not null)
        {
            return [new ArticleReadResult(null, input.Error)];
        }

        if (input.Path == ArticleInput.StandardInput)
        {
            return ReadOwned(() => _standardInput(), "stdin", "standard input", ArticleFormat.PlainText, sniffHtml: true);
        }

        var format = FormatOf(input.Path);
        return ReadOwned(() => Open(input.Path), input.Path, input.Path, format, sniffHtml: false);
    }

    /// <summary>Reads articles from a stream; <paramref name="sourceKey"/> names them (and their parts).</summary>
    public IEnumerable<ArticleReadResult> Read(string sourceKey, Stream stream, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(sourceKey, sourceKey, stream, format, sniffHtml: false);
    }

    /// <summary>The format a path's extension implies; anything else is plain text.</summary>
    public static ArticleFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        _ => ArticleFormat.PlainText,
    };

    private IEnumerable<ArticleReadResult> ReadOwned(Func<Stream> open, string key, string displayName, ArticleFormat format, bool sniffHtml)
    {
        // Opened lazily, on enumeration, and closed when the enumeration ends.
        var (stream, error) = TryOpen(open);
        if (error is not null)
        {
            yield return new ArticleReadResult(null, error);
            yield break;
        }

        using (stream)
        {
            foreach (var result in ReadCore(key, displayName, stream!, format, sniffHtml))
            {
                yield return result;
            }
        }
    }

    private static (Stream? Stream, TupuException? Error) TryOpen(Func<Stream> open)
    {
        try
        {
            return (open(), null);
        }
        catch (TupuException ex)
        {
            return (null, ex);
        }
    }

    private IEnumerable<ArticleReadResult> ReadCore(string key, string displayName, Stream stream, ArticleFormat format, bool sniffHtml)
    {
        var (prefix, length, error) = ReadPrefix(stream, displayName);
        if (error is not null)
        {
            return [new ArticleReadResult(null, error)];
        }

        if (length == 0)
        {
            return [new ArticleReadResult(null, new TupuException(ErrorCode.EmptyInput, $"{displayName}: the input is empty (0 bytes)."))];
        }

        if (length <= _options.LargeFileThreshold)
        {
            return [SmallArticleReader.Read(key, displayName, prefix.AsSpan(0, length), format, sniffHtml)];
        }

        return new LargeArticleReader(key, displayName, stream, prefix, length, format, _options).ReadAll();
    }

    /// <summary>Reads up to threshold + 1 bytes: enough to know whether the input is large.</summary>
    private (byte[] Buffer, int Length, TupuException? Error) ReadPrefix(Stream stream, string displayName)
    {
        var limit = (int)Math.Min(int.MaxValue - 1, _options.LargeFileThreshold + 1);
        var buffer = new byte[Math.Min(limit, InitialBuffer)];
        var length = 0;
        try
        {
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (buffer, 0, new TupuException(ErrorCode.FileUnreadable, $"{displayName}: cannot be read ({ex.Message}).", ex));
        }

        return (buffer, length, null);
    }

    private static FileStream Open(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new TupuException(ErrorCode.FileUnreadable, $"{path}: is a folder, not a file.");
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TupuException(ErrorCode.FileNotFound, $"{path}: does not exist.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TupuException(ErrorCode.FileUnreadable, $"{path}: cannot be read ({ex.Message}).", ex);
        }
    }
}
