using Tupu.Domain.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Normalization;

/// <summary>
/// Turns folded lines into paragraphs: blank lines and lines ending a sentence close a paragraph, long lines that stop
/// mid-sentence are joined with the next (hard-wrapped text; Han–Han joins need no space), boilerplate paragraphs are
/// dropped and trailing photo credits trimmed. Paragraphs are separated by one '\n' in the output.
/// </summary>
internal static class ParagraphAssembler
{
    /// <summary>Display width (Han counts 2) from which a line that stops mid-sentence is taken as hard-wrapped.</summary>
    private const int WrapWidth = 60;

    private const string LineEnders = "。！？!?.;；:：\"”’」』）)》…";

    public static (MappedTextBuilder Text, List<TextSpan> Paragraphs) Assemble(MappedTextBuilder folded) =>
        Assemble(folded, new MappedTextBuilder(folded.Length));

    /// <summary>Assembles into <paramref name="output"/> (empty, and not <paramref name="folded"/>).</summary>
    public static (MappedTextBuilder Text, List<TextSpan> Paragraphs) Assemble(MappedTextBuilder folded, MappedTextBuilder output)
    {
        var paragraphs = new List<TextSpan>();
        var lines = new List<(int Start, int End)>();
        var chars = folded.Chars;
        var lineStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i == chars.Length || chars[i] == '\n')
            {
                if (i > lineStart)
                {
                    if (lines.Count > 0 && !Joins(chars, lines[^1]))
                    {
                        Emit(folded, lines, output, paragraphs);
                    }

                    lines.Add((lineStart, i));
                }
                else
                {
                    Emit(folded, lines, output, paragraphs);
                }

                lineStart = i + 1;
            }
        }

        Emit(folded, lines, output, paragraphs);
        return (output, paragraphs);
    }

    private static bool Joins(ReadOnlySpan<char> chars, (int Start, int End) line)
    {
        var last = chars[line.End - 1];
        if (LineEnders.Contains(last, StringComparison.Ordinal))
        {
            return false;
        }

        var width = 0;
        for (var i = line.Start; i < line.End && width < WrapWidth; i++)
        {
            width += ScriptConverter.IsHan(chars[i]) ? 2 : 1;
        }

        return width >= WrapWidth;
    }

    private static void Emit(MappedTextBuilder folded, List<(int Start, int End)> lines, MappedTextBuilder output, List<TextSpan> paragraphs)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var mark = output.Length;
        if (mark > 0)
        {
            output.Append('\n', output.LastEnd, folded.StartOf(lines[0].Start));
        }

        var start = output.Length;
        for (var l = 0; l < lines.Count; l++)
        {
            var (s, e) = lines[l];
            if (l > 0)
            {
                var prev = folded[lines[l - 1].End - 1];
                var next = folded[s];
                if (!(IsCjk(prev) && IsCjk(next)))
                {
                    // The joining space stands for the line break it replaces.
                    var breakAt = lines[l - 1].End;
                    output.Append(' ', folded.StartOf(breakAt), folded.EndOf(breakAt));
                }
            }

            output.AppendRange(folded, s, e);
        }

        lines.Clear();
        var length = output.Length - start;
        if (length <= BoilerplateDetector.MaxBoilerplateLength && BoilerplateDetector.MayBeBoilerplate(output.Chars[start..]))
        {
            // The paragraph passed MayBeBoilerplate just above; only a trimmed caption needs the check again.
            var text = output.Slice(start, output.Length);
            var credit = BoilerplateDetector.TrailingCreditLengthOfCandidate(text);
            if (credit > 0)
            {
                // A caption keeps its words and loses its trailing credit.
                output.Truncate(output.Length - credit);
                while (output.Length > start && output[output.Length - 1] == ' ')
                {
                    output.Truncate(output.Length - 1);
                }

                text = output.Slice(start, output.Length);
            }

            if (output.Length == start || (credit > 0 ? BoilerplateDetector.IsBoilerplate(text) : BoilerplateDetector.IsBoilerplateCandidate(text)))
            {
                output.Truncate(mark);
                return;
            }
        }

        paragraphs.Add(new TextSpan(start, output.Length));
    }

    private static bool IsCjk(char c) => ScriptConverter.IsHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c is '“' or '”' or '‘' or '’' or '…';
}
