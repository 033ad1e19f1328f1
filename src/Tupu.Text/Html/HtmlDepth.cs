namespace Tupu.Text.Html;

/// <summary>A cheap upper estimate of element nesting, read before building a DOM.</summary>
internal static class HtmlDepth
{
    private static readonly string[] VoidElements = ["br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed", "param", "track", "p", "li", "td", "th", "tr", "option", "dt", "dd"];

    /// <summary>
    /// The deepest nesting of open tags, counting unclosed ones (so the estimate errs high), except elements whose end
    /// tag the parser implies (p, li, td…).
    /// </summary>
    public static int Estimate(string html)
    {
        int depth = 0, max = 0, close = -1;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var c = html[i + 1];
            if (c == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(c) && !IsVoid(html, i + 1))
            {
                // The next '>' is found once per run of tags before it, so "<a<a<a…" stays linear.
                if (close <= i)
                {
                    close = html.IndexOf('>', i + 1);
                }

                if (close < 0)
                {
                    break;
                }

                if (html[close - 1] != '/')
                {
                    max = Math.Max(max, ++depth);
                }
            }

            i++;
        }

        return max;
    }

    private static bool IsVoid(string html, int nameStart)
    {
        foreach (var name in VoidElements)
        {
            if (string.CompareOrdinal(html, nameStart, name, 0, name.Length) == 0
                && (nameStart + name.Length >= html.Length || !char.IsAsciiLetterOrDigit(html[nameStart + name.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
