namespace Tupu.Text.Normalization;

/// <summary>
/// Removes Markdown syntax (headings, block quotes, list markers, emphasis, inline code, links, images, code fences,
/// link definitions) while keeping every remaining character's source position. Headings and list items end their
/// paragraph (an extra blank line is emitted after them).
/// </summary>
internal static class MarkdownStripper
{
    private const int MaxLinkText = 300;
    private const int MaxLinkNesting = 2;
    private const int MaxLinkTarget = 2048;
    private const int MaxTag = 300;

    public static MappedTextBuilder Strip(string source) => Strip(source, new MappedTextBuilder(source.Length));

    /// <summary>Strips <paramref name="source"/> into <paramref name="output"/> (empty) and returns it.</summary>
    public static MappedTextBuilder Strip(string source, MappedTextBuilder output)
    {
        var inFence = false;
        var lineStart = 0;
        while (lineStart <= source.Length)
        {
            var lineEnd = source.IndexOfAny(['\n', '\r'], lineStart);
            if (lineEnd < 0)
            {
                lineEnd = source.Length;
            }

            var terminatorEnd = lineEnd;
            if (terminatorEnd < source.Length)
            {
                terminatorEnd += source[terminatorEnd] == '\r' && terminatorEnd + 1 < source.Length && source[terminatorEnd + 1] == '\n' ? 2 : 1;
            }

            var line = source.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            var blockEnds = false;

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && !IsRuleOrDefinition(trimmed))
            {
                var contentStart = indent + BlockPrefixLength(trimmed, out blockEnds);
                StripInline(source, lineStart + contentStart, lineEnd, output);
            }

            if (lineEnd >= source.Length)
            {
                break;
            }

            output.Append('\n', lineEnd, terminatorEnd);
            if (blockEnds)
            {
                output.Append('\n', lineEnd, terminatorEnd);
            }

            lineStart = terminatorEnd;
        }

        return output;
    }

    private static bool IsRuleOrDefinition(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd(' ');
        if (t.Length >= 3 && (IsAll(t, '-') || IsAll(t, '=') || IsAll(t, '*') || IsAll(t, '_')))
        {
            return true;
        }

        // "[ref]: http://…"
        if (t.Length > 0 && t[0] == '[')
        {
            var close = t.IndexOf("]:", StringComparison.Ordinal);
            return close > 1;
        }

        return false;
    }

    private static bool IsAll(ReadOnlySpan<char> s, char c)
    {
        foreach (var x in s)
        {
            if (x != c && x != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static int BlockPrefixLength(ReadOnlySpan<char> line, out bool endsBlock)
    {
        endsBlock = false;
        var i = 0;
        while (i < line.Length && line[i] == '>')
        {
            i++;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
        }

        var hashes = 0;
        while (i + hashes < line.Length && line[i + hashes] == '#' && hashes < 7)
        {
            hashes++;
        }

        if (hashes is > 0 and <= 6 && (i + hashes == line.Length || line[i + hashes] == ' '))
        {
            endsBlock = true;
            i += hashes;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            return i;
        }

        if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] == ' ')
        {
            endsBlock = true;
            return i + 2;
        }

        var digits = 0;
        while (i + digits < line.Length && char.IsAsciiDigit(line[i + digits]) && digits < 9)
        {
            digits++;
        }

        if (digits > 0 && i + digits + 1 < line.Length && line[i + digits] is '.' or ')' && line[i + digits + 1] == ' ')
        {
            endsBlock = true;
            return i + digits + 2;
        }

        return i;
    }

    private static void StripInline(string s, int start, int end, MappedTextBuilder output)
    {
        // Closing "#"s of an ATX heading.
        var last = end;
        while (last > start && s[last - 1] == ' ')
        {
            last--;
        }

        var hashes = last;
        while (hashes > start && s[hashes - 1] == '#')
        {
            hashes--;
        }

        if (hashes < last && (hashes == start || s[hashes - 1] == ' '))
        {
            end = hashes;
        }

        for (var i = start; i < end; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\' when i + 1 < end && char.IsAsciiLetterOrDigit(s[i + 1]) is false && s[i + 1] != ' ':
                    output.Append(s[i + 1], i + 1, i + 2);
                    i++;
                    continue;
                case '!' when i + 1 < end && s[i + 1] == '[' && TryLink(s, i + 1, end, out _, out _, out var imageEnd):
                    i = imageEnd - 1;
                    continue;
                case '[' when TryLink(s, i, end, out var textStart, out var textEnd, out var linkEnd):
                    StripInline(s, textStart, textEnd, output);
                    i = linkEnd - 1;
                    continue;
                case '`':
                    continue;
                case '*' or '_' or '~' when IsEmphasisRun(s, i, start, end, out var runEnd):
                    i = runEnd - 1;
                    continue;
                case '<' when TryTag(s, i, end, out var tagEnd, out var isAutolink):
                    if (isAutolink)
                    {
                        for (var j = i + 1; j < tagEnd - 1; j++)
                        {
                            output.Append(s[j], j, j + 1);
                        }
                    }

                    i = tagEnd - 1;
                    continue;
            }

            output.Append(c, i, i + 1);
        }
    }

    private static bool TryLink(string s, int open, int end, out int textStart, out int textEnd, out int linkEnd)
    {
        textStart = open + 1;
        textEnd = linkEnd = -1;
        var depth = 0;
        // Bounded scans keep a line full of brackets linear.
        var textLimit = Math.Min(end, open + MaxLinkText);
        for (var i = open + 1; i < textLimit; i++)
        {
            if (s[i] == '[')
            {
                if (++depth > MaxLinkNesting)
                {
                    return false;
                }
            }
            else if (s[i] == ']')
            {
                if (depth-- > 0)
                {
                    continue;
                }

                textEnd = i;
                break;
            }
        }

        if (textEnd < 0 || textEnd + 1 >= end || s[textEnd + 1] is not ('(' or '['))
        {
            return false;
        }

        var closer = s[textEnd + 1] == '(' ? ')' : ']';
        var closeAt = s.IndexOf(closer, textEnd + 2, Math.Min(end, textEnd + 2 + MaxLinkTarget) - (textEnd + 2));
        if (closeAt < 0)
        {
            return false;
        }

        linkEnd = closeAt + 1;
        return true;
    }

    private static bool IsEmphasisRun(string s, int i, int start, int end, out int runEnd)
    {
        var c = s[i];
        runEnd = i;
        while (runEnd < end && s[runEnd] == c && runEnd - i < 4)
        {
            runEnd++;
        }

        if (c == '~' && runEnd - i != 2)
        {
            return false;
        }

        if (runEnd - i > 3)
        {
            return false;
        }

        var before = i > start ? s[i - 1] : ' ';
        var after = runEnd < end ? s[runEnd] : ' ';
        // Inside a Latin word (snake_case, 2*3) it is not emphasis; at a word edge or between Han characters it is.
        if (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
        {
            return c == '*' && runEnd - i >= 2;
        }

        return !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after));
    }

    private static bool TryTag(string s, int i, int end, out int tagEnd, out bool isAutolink)
    {
        tagEnd = -1;
        isAutolink = false;
        if (i + 1 >= end || !(char.IsAsciiLetter(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!'))
        {
            return false;
        }

        var close = s.IndexOf('>', i + 1, Math.Min(end, i + 1 + MaxTag) - (i + 1));
        if (close < 0)
        {
            return false;
        }

        var inner = s.AsSpan(i + 1, close - i - 1);
        isAutolink = inner.Contains("://", StringComparison.Ordinal) || (inner.Contains('@') && !inner.Contains(' '));
        tagEnd = close + 1;
        return true;
    }
}
