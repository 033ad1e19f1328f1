using System.Globalization;
using System.Text;

namespace Tupu.Storage.Tests.Support;

/// <summary>
/// A tiny reader of Cypher scripts, written independently of the exporter: splits statements on ';' outside
/// literals and comments, and decodes single-quoted string literals (\\ \' \" \n \r \t \b \f \uXXXX \UXXXXXXXX).
/// </summary>
internal static class CypherReader
{
    public sealed record Script(IReadOnlyList<string> Statements, IReadOnlyList<string> Strings);

    public static Script Read(string script)
    {
        var statements = new List<string>();
        var strings = new List<string>();
        var statement = new StringBuilder();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '/' && Peek(script, i + 1) == '/')
            {
                i = script.IndexOf('\n', i) is var end && end < 0 ? script.Length : end;
            }
            else if (c == '/' && Peek(script, i + 1) == '*')
            {
                i = script.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2;
            }
            else if (c == '\'')
            {
                var start = i;
                strings.Add(ReadString(script, ref i));
                statement.Append(script, start, i - start);
            }
            else if (c == ';')
            {
                statements.Add(statement.ToString().Trim());
                statement.Clear();
                i++;
            }
            else
            {
                statement.Append(c);
                i++;
            }
        }

        if (statement.ToString().Trim().Length > 0)
        {
            statements.Add(statement.ToString().Trim());
        }

        return new Script(statements.Where(s => s.Length > 0).ToArray(), strings);
    }

    /// <summary>Reads the literal starting at <paramref name="i"/> (a quote) and leaves <paramref name="i"/> after it.</summary>
    public static string ReadString(string text, ref int i)
    {
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FormatException("Unterminated string literal.");
            }

            var c = text[i++];
            if (c == '\'')
            {
                return value.ToString();
            }

            if (c is '\n' or '\r')
            {
                throw new FormatException("Raw line break inside a string literal.");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var e = text[i++];
            switch (e)
            {
                case '\\': value.Append('\\'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u':
                    value.Append((char)int.Parse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    value.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default:
                    throw new FormatException($"Unknown escape \\{e}.");
            }
        }
    }

    private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';
}
