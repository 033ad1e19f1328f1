using System.Text;

namespace Tupu.Storage.Export;

/// <summary>
/// CSV fields as neo4j-admin reads them: present values double-quoted with inner quotes doubled (so commas,
/// quotes and newlines are data; the import runs with --multiline-fields=true), absent values empty.
/// </summary>
internal static class CsvField
{
    /// <summary>
    /// Array elements are joined with U+001F (the ASCII unit separator), not ';': sentences contain semicolons, and
    /// neo4j-admin has no escape for its array delimiter. A U+001F inside an array element becomes a space.
    /// </summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary>How the import command names <see cref="ArrayDelimiter"/>.</summary>
    public const string ArrayDelimiterOption = "U+001F";

    public static void AppendQuoted(StringBuilder line, string text)
    {
        line.Append('"');
        foreach (var c in text)
        {
            if (c == '"')
            {
                line.Append('"');
            }

            line.Append(c);
        }

        line.Append('"');
    }

    public static void AppendValue(StringBuilder line, object? value, ValueKind column)
    {
        if (value is null)
        {
            return;
        }

        if (PropertyValues.IsList(column))
        {
            var items = PropertyValues.Items(value).Select(item => PropertyValues.Text(item).Replace(ArrayDelimiter, ' '));
            AppendQuoted(line, string.Join(ArrayDelimiter, items));
        }
        else if (column == ValueKind.String)
        {
            AppendQuoted(line, PropertyValues.Text(value));
        }
        else
        {
            line.Append(PropertyValues.Text(value));
        }
    }

    /// <summary>The header's type suffix for a column of this kind.</summary>
    public static string TypeSuffix(ValueKind kind) => kind switch
    {
        ValueKind.Long => ":long",
        ValueKind.Double => ":double",
        ValueKind.Boolean => ":boolean",
        ValueKind.StringList => ":string[]",
        ValueKind.LongList => ":long[]",
        ValueKind.DoubleList => ":double[]",
        ValueKind.BooleanList => ":boolean[]",
        _ => "",
    };
}
