using System.Text;
using Tupu.Domain;
using Tupu.Domain.Articles;
using Tupu.Text.Decoding;
using Tupu.Text.Html;

namespace Tupu.Text.Reading;

/// <summary>
/// Reads an input too large to hold whole: the encoding is detected on the first bytes, then the stream is decoded
/// strictly in chunks and cut at paragraph boundaries into parts of about <see cref="ArticleReaderOptions.PartSize"/>,
/// each its own article ("path#part-N"). Memory stays near one part plus one read buffer whatever the input size.
/// HTML is converted by the streaming <see cref="HtmlTagStripper"/>.
/// </summary>
internal sealed class LargeArticleReader
{
    private const int FrontMatterWindow = 16 * 1024;

    private readonly string _path;
    private readonly string _displayName;
    private readonly Stream _stream;
    private readonly ArticleFormat _format;
    private readonly ArticleReaderOptions _options;
    private byte[]? _prefix;
    private readonly int _prefixLength;
    private readonly StringBuilder _pending = new();
    private readonly HtmlTagStripper? _stripper;
    private Decoder? _decoder;
    private string _encodingName = "utf-8";
    private ArticleMetadata _metadata = ArticleMetadata.Empty;
    private bool _frontMatterRead;
    private long _pendingBytes;
    private bool _finished;
    private int _part;

    public LargeArticleReader(string path, string displayName, Stream stream, byte[] prefix, int prefixLength, ArticleFormat format, ArticleReaderOptions options)
    {
        _path = path;
        _displayName = displayName;
        _stream = stream;
        _prefix = prefix;
        _prefixLength = prefixLength;
        _format = format;
        _options = options;
        _stripper = format == ArticleFormat.Html ? new HtmlTagStripper() : null;
        _frontMatterRead = format == ArticleFormat.Html;
    }

    public IEnumerable<ArticleReadResult> ReadAll()
    {
        while (true)
        {
            var result = Next();
            if (result is null)
            {
                yield break;
            }

            yield return result;
            if (result.Error is not null)
            {
                yield break;
            }
        }
    }

    private ArticleReadResult? Next()
    {
        try
        {
            if (_decoder is null)
            {
                Start();
            }

            while (true)
            {
                var text = TakePart();
                if (text is not null)
                {
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        continue;
                    }

                    _part++;
                    var key = ArticleFactory.SourceKeyOf(_path, _metadata) + "#part-" + _part.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return new ArticleReadResult(ArticleFactory.Create(key, _format, _encodingName, _metadata, text), null);
                }

                if (_finished)
                {
                    return _part == 0 ? new ArticleReadResult(null, new TupuException(ErrorCode.EmptyInput, $"{_displayName}: the input has no text.")) : null;
                }

                ReadMore();
            }
        }
        catch (TupuException ex)
        {
            return new ArticleReadResult(null, ex);
        }
    }

    private void Start()
    {
        var prefix = _prefix!;
        var detected = TextDecoder.Decode(prefix.AsSpan(0, _prefixLength), complete: false, _displayName);
        _encodingName = detected.EncodingName;
        _decoder = detected.Encoding.GetDecoder();
        Append(prefix.AsSpan(detected.PreambleLength, _prefixLength - detected.PreambleLength), flush: false);
        _prefix = null; // The threshold-sized first read is not kept for the rest of a long stream.
    }

    private void ReadMore()
    {
        var buffer = new byte[_options.ReadBufferSize];
        int read;
        try
        {
            read = _stream.Read(buffer, 0, buffer.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TupuException(ErrorCode.FileUnreadable, $"{_displayName}: reading failed ({ex.Message}).", ex);
        }

        if (read == 0)
        {
            Append([], flush: true);
            _stripper?.Finish(_pending);
            _finished = true;
            return;
        }

        Append(buffer.AsSpan(0, read), flush: false);
    }

    private void Append(ReadOnlySpan<byte> bytes, bool flush)
    {
        char[] chars;
        int count;
        try
        {
            chars = new char[_decoder!.GetCharCount(bytes, flush)];
            count = _decoder.GetChars(bytes, chars, flush);
        }
        catch (DecoderFallbackException ex)
        {
            throw new TupuException(ErrorCode.UndecodableInput, $"{_displayName}: invalid {_encodingName} byte sequence in the middle of the file.", ex);
        }

        var span = chars.AsSpan(0, count);
        if (span.Contains('\0'))
        {
            throw new TupuException(ErrorCode.BinaryInput, $"{_displayName}: not text but binary data (it contains NUL characters).");
        }

        if (_stripper is not null)
        {
            var before = _pending.Length;
            _stripper.Feed(span, _pending);
            _pendingBytes += _pending.Length - before;
        }
        else
        {
            _pending.Append(span);
            _pendingBytes += Encoding.UTF8.GetByteCount(span);
        }
    }

    private string? TakePart()
    {
        var window = Math.Min(FrontMatterWindow, _options.PartSize);
        if (!_frontMatterRead && (_pending.Length >= window || _finished))
        {
            var head = _pending.ToString(0, Math.Min(_pending.Length, window));
            var (metadata, bodyStart) = FrontMatterParser.Parse(head, _displayName);
            _metadata = metadata;
            _pending.Remove(0, bodyStart);
            _frontMatterRead = true;
        }

        if (!_frontMatterRead || (_pendingBytes < _options.PartSize && !_finished) || _pending.Length == 0)
        {
            return null;
        }

        var text = _pending.ToString();
        var cut = _finished && _pendingBytes < _options.PartSize ? text.Length : CutPoint(text, _options.PartSize);
        _pending.Clear().Append(text, cut, text.Length - cut);
        _pendingBytes = Encoding.UTF8.GetByteCount(_pending.ToString());
        return text[..cut];
    }

    /// <summary>
    /// Where to end a part of about <paramref name="partSize"/> UTF-8 bytes: the last paragraph break in its second half,
    /// else a line break, a sentence end or a space there, else exactly at the size (never inside a surrogate pair).
    /// </summary>
    internal static int CutPoint(string text, int partSize)
    {
        var limit = 0;
        var bytes = 0;
        while (limit < text.Length && bytes < partSize)
        {
            var c = text[limit++];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        var half = limit / 2;
        var window = text.AsSpan(0, limit);
        var at = window.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (at >= half)
        {
            return at + 2;
        }

        at = window.LastIndexOf('\n');
        if (at >= half)
        {
            return at + 1;
        }

        at = window.LastIndexOfAny("。！？.!? ");
        if (at >= half)
        {
            return at + 1;
        }

        return limit < text.Length && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : Math.Max(1, limit);
    }
}
