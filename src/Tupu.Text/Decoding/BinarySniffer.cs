namespace Tupu.Text.Decoding;

/// <summary>Recognises binary content: known file signatures, NUL bytes, and a high share of control bytes.</summary>
internal static class BinarySniffer
{
    private const double MaxControlShare = 0.02;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([(byte)'P', (byte)'K', 3, 4], "a ZIP archive"),
        ([(byte)'P', (byte)'K', 5, 6], "a ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
        ([(byte)'I', (byte)'I', 0x2A, 0], "a TIFF image"),
        ([(byte)'M', (byte)'M', 0, 0x2A], "a TIFF image"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an Office document"),
        ("SQLite format 3"u8.ToArray(), "an SQLite database"),
        ([0, 0, 1, 0], "an icon"),
    ];

    /// <summary>The kind of file a known signature names, or null.</summary>
    public static string? Signature(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return kind;
            }
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && (head[8..12].SequenceEqual("WEBP"u8) || head[8..12].SequenceEqual("WAVE"u8) || head[8..12].SequenceEqual("AVI "u8)))
        {
            return "a RIFF media file";
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return "an MP4/HEIF media file";
        }

        return null;
    }

    /// <summary>Why the bytes are not text (NUL or control bytes), or null when they may be text.</summary>
    public static string? ControlBytes(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (9 or 10 or 12 or 13 or 27))
            {
                if (b == 0)
                {
                    return "binary data (it contains NUL bytes)";
                }

                control++;
            }
        }

        return control > head.Length * MaxControlShare ? "binary data (it is full of control bytes)" : null;
    }

    /// <summary>True when the bytes look like UTF-16 or UTF-32 without a byte-order mark (NUL in every other byte).</summary>
    public static bool LooksLikeWideText(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return false;
        }

        var nulByPosition = new int[4];
        var quads = head.Length / 4;
        for (var i = 0; i < quads * 4; i++)
        {
            nulByPosition[i % 4] += head[i] == 0 ? 1 : 0;
        }

        bool Mostly(int position) => nulByPosition[position] >= quads * 0.9;
        bool Rarely(int position) => nulByPosition[position] <= quads * 0.1;
        var utf16 = (Mostly(1) && Mostly(3) && Rarely(0) && Rarely(2)) || (Mostly(0) && Mostly(2) && Rarely(1) && Rarely(3));
        var utf32 = (Mostly(2) && Mostly(3) && Rarely(0)) || (Mostly(0) && Mostly(1) && Rarely(3));
        return utf16 || utf32;
    }
}
