using System.Text;

namespace Tupu.Text.Decoding;

/// <summary>
/// The supported encodings, each with exception fallbacks: an invalid byte sequence is an error, never a silent U+FFFD.
/// </summary>
internal static class StrictEncodings
{
    static StrictEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Big5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Utf16LE { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Utf16BE { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Gb18030 { get; }

    public static Encoding Big5 { get; }

    /// <summary>The strict encoding for a declared name, or null when the name is not one Tupu reads.</summary>
    public static Encoding? ForDeclaredName(string name) => name.Trim().ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => Utf8,
        "GB18030" or "GBK" or "GB2312" or "CP936" or "X-GBK" or "EUC-CN" or "GB_2312-80" or "WINDOWS-936" => Gb18030,
        "BIG5" or "BIG-5" or "BIG5-HKSCS" or "CP950" or "X-X-BIG5" or "CN-BIG5" or "WINDOWS-950" => Big5,
        _ => null,
    };

    /// <summary>The name written into <c>Article.Encoding</c>.</summary>
    public static string NameOf(Encoding encoding) =>
        ReferenceEquals(encoding, Gb18030) ? "gb18030"
        : ReferenceEquals(encoding, Big5) ? "big5"
        : ReferenceEquals(encoding, Utf16LE) || ReferenceEquals(encoding, Utf16BE) ? "utf-16"
        : "utf-8";

    /// <summary>Decodes strictly; on failure returns false and the byte offset of the first bad sequence (when known).</summary>
    public static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, bool complete, out string text, out long badOffset)
    {
        var decoder = encoding.GetDecoder();
        try
        {
            var chars = new char[decoder.GetCharCount(bytes, complete)];
            var count = decoder.GetChars(bytes, chars, complete);
            text = new string(chars, 0, count);
            badOffset = -1;
            // The code-page decoders map unassigned or user-defined bytes (0xFF in Big5, say) to private-use characters
            // instead of failing; real text has none, so they count as invalid sequences.
            if (!ReferenceEquals(encoding, Utf8) && !ReferenceEquals(encoding, Utf16LE) && !ReferenceEquals(encoding, Utf16BE)
                && text.AsSpan().IndexOfAnyInRange('\uE000', '\uF8FF') >= 0)
            {
                text = string.Empty;
                return false;
            }

            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            badOffset = ex.Index >= 0 ? ex.Index : -1;
            if (ReferenceEquals(encoding, Utf8))
            {
                badOffset = FirstInvalidUtf8(bytes);
            }

            return false;
        }
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[Math.Min(bytes.Length, 1 << 16)], out var read, out _, replaceInvalidSequences: false);
        var offset = 0L;
        while (status == System.Buffers.OperationStatus.DestinationTooSmall)
        {
            offset += read;
            bytes = bytes[read..];
            status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[Math.Min(bytes.Length, 1 << 16)], out read, out _, replaceInvalidSequences: false);
        }

        return status == System.Buffers.OperationStatus.InvalidData ? offset + read : -1;
    }
}
