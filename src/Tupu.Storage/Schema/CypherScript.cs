using System.Text;

namespace Tupu.Storage.Schema;

/// <summary>A small lexer for Cypher scripts: enough to find statement ends and comments, not a parser.</summary>
internal static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                i = CopyQuoted(script, i, current);
            }
            else if (c == '/' && Peek(script, i + 1) == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && Peek(script, i + 1) == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 2;
                current.Append(' ');
            }
            else if (c == ';')
            {
                Flush(current, statements);
                i++;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        Flush(current, statements);
        return statements;
    }

    private static char Peek(string s, int i) => i < s.Length ? s[i] : '\0';

    /// <summary>Copies a quoted literal or backticked name, honouring backslash escapes and doubled quotes.</summary>
    private static int CopyQuoted(string s, int start, StringBuilder into)
    {
        var quote = s[start];
        into.Append(quote);
        var i = start + 1;
        while (i < s.Length)
        {
            var c = s[i];
            into.Append(c);
            i++;
            if (c == '\\' && quote != '`' && i < s.Length)
            {
                into.Append(s[i]);
                i++;
            }
            else if (c == quote)
            {
                if (Peek(s, i) != quote)
                {
                    return i;
                }

                into.Append(s[i]);
                i++;
            }
        }

        return i;
    }

    private static void Flush(StringBuilder current, List<string> statements)
    {
        var lines = current.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
        var text = string.Join('\n', lines).Trim();
        if (text.Length > 0)
        {
            statements.Add(text);
        }

        current.Clear();
    }
}
