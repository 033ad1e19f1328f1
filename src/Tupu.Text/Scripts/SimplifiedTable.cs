using System.Text;
using ICU4N.Text;

namespace Tupu.Text.Scripts;

/// <summary>
/// A char → char table over the whole BMP, derived from ICU4N's "Traditional-Simplified" transliterator.
/// Multi-character outputs are left out (the character maps to itself) so conversion never changes lengths.
/// </summary>
/// <remarks>
/// Loading ICU's transliteration data and running it over every Han character takes seconds, which every ingest
/// would pay on its first article. The table's pairs are therefore shipped as an embedded resource generated from
/// ICU (<see cref="ResourceName"/>); a test checks it still equals what ICU produces and regenerates it on request.
/// Without the resource the table is built from ICU at run time.
/// </remarks>
internal static class SimplifiedTable
{
    private const int BatchSize = 512;

    private static readonly Lazy<char[]> Table = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    internal const string ResourceName = "Tupu.Text.Scripts.TraditionalSimplified.txt";

    public static char[] Instance => Table.Value;

    /// <summary>The converted pairs of a table, one "traditional simplified" line each, in code point order.</summary>
    internal static string Serialize(char[] table)
    {
        var text = new StringBuilder();
        foreach (var c in HanCharacters())
        {
            if (table[c] != c)
            {
                text.Append(c).Append(table[c]).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Han characters the table covers, in code point order.</summary>
    internal static IEnumerable<char> HanCharacters()
    {
        for (int c = 0x3400; c <= 0x4DBF; c++)
        {
            yield return (char)c;
        }

        for (int c = 0x4E00; c <= 0x9FFF; c++)
        {
            yield return (char)c;
        }

        for (int c = 0xF900; c <= 0xFAFF; c++)
        {
            yield return (char)c;
        }
    }

    private static char[] Build()
    {
        using var stream = typeof(SimplifiedTable).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return BuildFromIcu();
        }

        var table = Identity();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2)
            {
                table[line[0]] = line[1];
            }
        }

        return table;
    }

    private static char[] Identity()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        return table;
    }

    /// <summary>Builds the table by running ICU4N's transliterator over every BMP Han character (slow: seconds).</summary>
    internal static char[] BuildFromIcu()
    {
        var table = Identity();

        var transliterator = Transliterator.GetInstance("Traditional-Simplified");
        var chars = HanCharacters().ToArray();

        // Batches of characters, one per line, are much faster than one call per character, and the line breaks keep
        // the transliterator from seeing multi-character phrases. Batches stay small: its cost grows faster than linearly.
        var batch = new StringBuilder(BatchSize * 2);
        for (var from = 0; from < chars.Length; from += BatchSize)
        {
            var count = Math.Min(BatchSize, chars.Length - from);
            batch.Clear();
            for (var i = from; i < from + count; i++)
            {
                batch.Append(chars[i]).Append('\n');
            }

            var lines = transliterator.Transliterate(batch.ToString()).Split('\n');
            for (var i = 0; i < count; i++)
            {
                Assign(table, chars[from + i], lines.Length == count + 1 ? lines[i] : transliterator.Transliterate(chars[from + i].ToString()));
            }
        }

        return table;
    }

    private static void Assign(char[] table, char source, string converted)
    {
        if (converted.Length == 1 && ScriptConverter.IsHan(converted[0]))
        {
            table[source] = converted[0];
        }
    }
}
