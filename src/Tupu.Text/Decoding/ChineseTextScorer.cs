using Tupu.Text.Scripts;

namespace Tupu.Text.Decoding;

/// <summary>
/// How plausible a decoding is as Chinese text: the share of its non-ASCII characters that are common Han characters
/// or common CJK punctuation. Right decodings of news text score about 0.8–0.95; a GB18030 reading of Big5 bytes (or
/// the reverse, or Shift-JIS read as either) scores far lower and yields private-use characters.
/// </summary>
internal static class ChineseTextScorer
{
    /// <summary>Below this, no Chinese decoding is believed.</summary>
    public const double MinimumPlausible = 0.45;

    public static double Score(string text)
    {
        int nonAscii = 0, good = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (CommonHan.IsCommon(c))
            {
                good++;
            }
            else if (c is >= '\uE000' and <= '\uF8FF')
            {
                good -= 2; // Private-use characters come from user-defined areas: a strong sign of a wrong reading.
            }
            else if (!ScriptConverter.IsHan(c) && !(c >= '\u3000' && c <= '\u303F') && !(c >= '\uFF00' && c <= '\uFFEF'))
            {
                good--; // Box drawing, Cyrillic, kana from a Chinese code page: unlikely in Chinese prose.
            }
        }

        return nonAscii == 0 ? 1.0 : Math.Max(0, good) / (double)nonAscii;
    }
}
