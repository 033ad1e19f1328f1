using System.Text;
using System.Text.RegularExpressions;

namespace Tupu.Text.Decoding;

/// <summary>Finds an encoding a file declares about itself: an HTML meta charset, or a front-matter "encoding:" line.</summary>
internal static partial class DeclaredEncoding
{
    private const int ScanBytes = 4096;

    public static string? Find(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps bytes one to one, so ASCII declarations can be read before the encoding is known.
        var prefix = Encoding.Latin1.GetString(head[..Math.Min(head.Length, ScanBytes)]);
        var meta = MetaCharset().Match(prefix);
        if (meta.Success)
        {
            return meta.Groups[1].Value;
        }

        var front = FrontMatterEncoding().Match(prefix);
        return front.Success ? front.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"\A(?:\xEF\xBB\xBF)?---[ \t]*\r?\n(?:(?!---)[^\n]*\n){0,40}?[ \t]*encoding[ \t]*:[ \t]*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterEncoding();
}
