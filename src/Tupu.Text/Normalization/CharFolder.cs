using System.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Normalization;

/// <summary>
/// The character pass: NFKC width folding, Traditional → Simplified, whitespace clean-up (runs of spaces become one,
/// lines are trimmed, every line break becomes '\n'), control and format characters dropped, romanisation glosses
/// removed. One linear pass; every output character keeps its source range.
/// </summary>
internal static class CharFolder
{
    /// <param name="input">The characters to fold.</param>
    /// <param name="mapping">Source ranges of <paramref name="input"/>; null when input is the source itself.</param>
    /// <param name="toSimplified">Convert Traditional characters.</param>
    public static MappedTextBuilder Fold(ReadOnlySpan<char> input, MappedTextBuilder? mapping, bool toSimplified) =>
        Fold(input, mapping, toSimplified, new MappedTextBuilder(input.Length));

    /// <summary>Folds into <paramref name="output"/> (empty, and not <paramref name="mapping"/>) and returns it.</summary>
    public static MappedTextBuilder Fold(ReadOnlySpan<char> input, MappedTextBuilder? mapping, bool toSimplified, MappedTextBuilder output)
    {
        var table = FoldTable.Instance;
        var simplified = toSimplified ? SimplifiedTable.Instance : null;
        var pendingSpace = false;
        int spaceStart = 0, spaceEnd = 0;
        var lastWasHan = false;

        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            var start = mapping?.StartOf(i) ?? i;
            var end = mapping?.EndOf(i) ?? i + 1;
            var kind = table.KindOf(c);

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
                {
                    FlushSpace(output, ref pendingSpace, spaceStart, spaceEnd);
                    var pairEnd = mapping?.EndOf(i + 1) ?? i + 2;
                    AppendAll(output, input.Slice(i, 2).ToString().Normalize(NormalizationForm.FormKC), start, pairEnd);
                    i++;
                    lastWasHan = false;
                }

                continue;
            }

            switch (kind)
            {
                case FoldKind.Newline:
                    if (c == '\r' && i + 1 < input.Length && input[i + 1] == '\n')
                    {
                        end = mapping?.EndOf(i + 1) ?? i + 2;
                        i++;
                    }

                    output.Append('\n', start, end);
                    pendingSpace = false;
                    lastWasHan = false;
                    continue;
                case FoldKind.Space:
                    if (!pendingSpace && output.Length > 0 && output[output.Length - 1] != '\n')
                    {
                        pendingSpace = true;
                        spaceStart = start;
                        spaceEnd = end;
                    }

                    continue;
                case FoldKind.Drop:
                    continue;
            }

            if ((c == '(' || c == '（') && lastWasHan && !pendingSpace && GlossMatcher.TryMatch(input, i, out var close))
            {
                i = close;
                continue;
            }

            FlushSpace(output, ref pendingSpace, spaceStart, spaceEnd);

            if (i + 1 < input.Length && table.KindOf(input[i + 1]) == FoldKind.Combining)
            {
                var j = i + 1;
                while (j < input.Length && table.KindOf(input[j]) == FoldKind.Combining)
                {
                    j++;
                }

                var clusterEnd = mapping?.EndOf(j - 1) ?? j;
                AppendAll(output, input[i..j].ToString().Normalize(NormalizationForm.FormKC), start, clusterEnd);
                i = j - 1;
                lastWasHan = false;
                continue;
            }

            switch (kind)
            {
                case FoldKind.Map:
                    c = table.MappedOf(c);
                    goto default;
                case FoldKind.Expand:
                    AppendAll(output, table.ExpansionOf(c), start, end);
                    lastWasHan = false;
                    break;
                default:
                    var han = ScriptConverter.IsHan(c);
                    if (han && simplified is not null)
                    {
                        c = simplified[c];
                    }

                    output.Append(c, start, end);
                    lastWasHan = han;
                    break;
            }
        }

        return output;
    }

    private static void FlushSpace(MappedTextBuilder output, ref bool pendingSpace, int start, int end)
    {
        if (pendingSpace)
        {
            output.Append(' ', start, end);
            pendingSpace = false;
        }
    }

    private static void AppendAll(MappedTextBuilder output, string text, int start, int end)
    {
        // An expansion's characters all start where the source character starts; only the last one carries its end,
        // which keeps the map monotonic and lets a span over any of them quote the whole source character.
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                output.Append(c, start, end);
            }
        }
    }
}
