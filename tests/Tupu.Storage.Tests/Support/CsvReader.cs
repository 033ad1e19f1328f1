using System.Text;

namespace Tupu.Storage.Tests.Support;

/// <summary>An RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) that marks quoted fields.</summary>
internal static class CsvReader
{
    public sealed record Field(string Text, bool Quoted);

    public static List<Field[]> Read(string text)
    {
        var rows = new List<Field[]>();
        var row = new List<Field>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (c == ',')
            {
                row.Add(new Field(field.ToString(), quoted));
                field.Clear();
                quoted = false;
                i++;
            }
            else if (c == '\n')
            {
                row.Add(new Field(field.ToString(), quoted));
                rows.Add([.. row]);
                row.Clear();
                field.Clear();
                quoted = false;
                i++;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        return rows;
    }
}
