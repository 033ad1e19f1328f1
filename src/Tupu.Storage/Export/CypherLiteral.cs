using System.Globalization;
using System.Text;

namespace Tupu.Storage.Export;

/// <summary>
/// Cypher literals that are always data, never code. Strings are single-quoted with every character a parser or a
/// statement splitter could misread escaped: quote, backslash, control and line-separator characters, lone
/// surrogates, ';' (cypher-shell and Browser split statements on it) and comment openers/closers.
/// </summary>
internal static class CypherLiteral
{
    public static void Append(StringBuilder builder, object? value)
    {
        if (value is null)
        {
            builder.Append("null");
            return;
        }

        switch (PropertyValues.KindOf(value))
        {
            case ValueKind.Boolean:
                builder.Append((bool)value ? "true" : "false");
                break;
            case ValueKind.Long:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ValueKind.Double:
                AppendDouble(builder, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case ValueKind.String:
                AppendString(builder, PropertyValues.Text(value));
                break;
            default:
                builder.Append('[');
                var first = true;
                foreach (var item in PropertyValues.Items(value))
                {
                    builder.Append(first ? "" : ", ");
                    first = false;
                    Append(builder, item);
                }

                builder.Append(']');
                break;
        }
    }

    /// <summary>A map literal: keys in ordinal order, nulls left out.</summary>
    public static void AppendMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object>> entries)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, value) in entries)
        {
            builder.Append(first ? "" : ", ");
            first = false;
            AppendKey(builder, key);
            builder.Append(": ");
            Append(builder, value);
        }

        builder.Append('}');
    }

    /// <summary>A map key: a plain identifier as is, anything else back-quoted with back-quotes doubled.</summary>
    public static void AppendKey(StringBuilder builder, string key)
    {
        var plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (plain)
        {
            builder.Append(key);
        }
        else
        {
            builder.Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append('`');
        }
    }

    public static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\b': builder.Append(@"\b"); break;
                case '\f': builder.Append(@"\f"); break;
                case ';':
                case '/' when next is '/' or '*':
                case '*' when next == '/':
                    AppendEscape(builder, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
                    {
                        builder.Append(c).Append(next);
                        i++;
                    }
                    else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        AppendEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('\'');
    }

    private static void AppendEscape(StringBuilder builder, char c) =>
        builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static void AppendDouble(StringBuilder builder, double number)
    {
        if (double.IsNaN(number))
        {
            builder.Append("0.0 / 0.0");
            return;
        }

        if (double.IsInfinity(number))
        {
            builder.Append(number > 0 ? "1.0 / 0.0" : "-1.0 / 0.0");
            return;
        }

        // Cypher float literals take no '+' in the exponent and need a '.' or an exponent to stay floats.
        var text = number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        builder.Append(text);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            builder.Append(".0");
        }
    }
}
