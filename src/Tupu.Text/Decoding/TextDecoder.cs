using System.Text;
using Tupu.Domain;

namespace Tupu.Text.Decoding;

/// <summary>
/// Detects and strictly decodes an article's bytes: BOM (UTF-8, UTF-16 LE/BE) first, then binary signatures, then
/// UTF-8 validity, then a declared encoding (meta charset, front-matter "encoding:"), then GB18030 against Big5 by
/// plausibility. The file extension plays no part. Every failure is a <see cref="TupuException"/> naming the reason.
/// </summary>
internal static class TextDecoder
{
    private const int SniffBytes = 8192;

    private const string Supported = "UTF-8, UTF-16 with a byte-order mark, GB18030/GBK, Big5";

    /// <param name="bytes">The bytes (the whole input, or its first part when <paramref name="complete"/> is false).</param>
    /// <param name="complete">False when more bytes follow (a sequence cut at the end is then not an error).</param>
    /// <param name="source">The input's name for messages.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool complete, string source)
    {
        if (bytes.IsEmpty)
        {
            throw new TupuException(ErrorCode.EmptyInput, $"{source}: the input is empty.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            throw new TupuException(ErrorCode.UndecodableInput, $"{source}: UTF-32 text is not supported (supported: {Supported}).");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return WithBom(StrictEncodings.Utf8, bytes, 3, complete, source);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return WithBom(StrictEncodings.Utf16LE, bytes, 2, complete, source);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return WithBom(StrictEncodings.Utf16BE, bytes, 2, complete, source);
        }

        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (BinarySniffer.Signature(head) is { } signature)
        {
            throw new TupuException(ErrorCode.BinaryInput, $"{source}: not text but {signature}.");
        }

        var binary = BinarySniffer.ControlBytes(head);
        if (binary is null && bytes.IndexOf((byte)0) >= 0)
        {
            binary = "binary data (it contains NUL bytes)";
        }

        if (binary is not null)
        {
            if (BinarySniffer.LooksLikeWideText(head))
            {
                throw new TupuException(ErrorCode.UndecodableInput, $"{source}: looks like UTF-16 or UTF-32 text without a byte-order mark, which cannot be detected reliably (supported: {Supported}).");
            }

            throw new TupuException(ErrorCode.BinaryInput, $"{source}: not text but {binary}.");
        }

        if (System.Text.Ascii.IsValid(bytes))
        {
            return new DecodedText(Encoding.ASCII.GetString(bytes), StrictEncodings.Utf8, 0);
        }

        if (StrictEncodings.TryDecode(StrictEncodings.Utf8, bytes, complete, out var utf8, out var utf8Bad))
        {
            return new DecodedText(utf8, StrictEncodings.Utf8, 0);
        }

        var declared = DeclaredEncoding.Find(head);
        if (declared is not null)
        {
            var encoding = StrictEncodings.ForDeclaredName(declared)
                ?? throw new TupuException(ErrorCode.UndecodableInput, $"{source}: declares encoding '{declared}', which is not supported (supported: {Supported}).");
            if (!StrictEncodings.TryDecode(encoding, bytes, complete, out var text, out var bad))
            {
                throw new TupuException(ErrorCode.UndecodableInput, $"{source}: invalid {StrictEncodings.NameOf(encoding)} byte sequence{At(bad)} (the file declares '{declared}').");
            }

            return new DecodedText(text, encoding, 0);
        }

        return Chinese(bytes, complete, source, utf8Bad);
    }

    private static DecodedText Chinese(ReadOnlySpan<byte> bytes, bool complete, string source, long utf8Bad)
    {
        DecodedText? best = null;
        var bestScore = -1.0;
        foreach (var encoding in (Encoding[])[StrictEncodings.Gb18030, StrictEncodings.Big5])
        {
            if (StrictEncodings.TryDecode(encoding, bytes, complete, out var text, out _))
            {
                var score = ChineseTextScorer.Score(text);
                if (score > bestScore)
                {
                    best = new DecodedText(text, encoding, 0);
                    bestScore = score;
                }
            }
        }

        if (best is null || bestScore < ChineseTextScorer.MinimumPlausible)
        {
            throw new TupuException(
                ErrorCode.UndecodableInput,
                $"{source}: not valid UTF-8 (invalid byte sequence{At(utf8Bad)}) and not plausible GB18030 or Big5 Chinese text; it is probably in an undeclared encoding such as Shift-JIS or Windows-1252 (supported: {Supported}; convert it to UTF-8 or declare the encoding).");
        }

        return best;
    }

    private static DecodedText WithBom(Encoding encoding, ReadOnlySpan<byte> bytes, int bomLength, bool complete, string source)
    {
        if (!StrictEncodings.TryDecode(encoding, bytes[bomLength..], complete, out var text, out var bad))
        {
            throw new TupuException(ErrorCode.UndecodableInput, $"{source}: invalid {StrictEncodings.NameOf(encoding)} byte sequence{At(bad < 0 ? bad : bad + bomLength)} after a {StrictEncodings.NameOf(encoding)} byte-order mark.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new TupuException(ErrorCode.BinaryInput, $"{source}: not text but binary data (it contains NUL characters).");
        }

        return new DecodedText(text, encoding, bomLength);
    }

    private static string At(long offset) => offset >= 0 ? $" at byte {offset}" : string.Empty;
}
