using System.Text;
using ICU4N.Text;

namespace Tupu.Text.Scripts;

/// <summary>
/// A char → char table over the whole BMP, built once from ICU4N's "Traditional-Simplified" transliterator.
/// Multi-character outputs are left out (the character maps to itself) so conversion never changes lengths.
/// </summary>
internal static class SimplifiedTable
{
    private static readonly Lazy<char[]> Table = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static char[] Instance => Table.Value;

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
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        var transliterator = Transliterator.GetInstance("Traditional-Simplified");
        var chars = HanCharacters().ToArray();

        // One call over all characters, each on its own line, is thousands of times faster than one call per character;
        // the line breaks keep the transliterator from seeing multi-character phrases.
        var batch = new StringBuilder(chars.Length * 2);
        foreach (var c in chars)
        {
            batch.Append(c).Append('\n');
        }

        var lines = transliterator.Transliterate(batch.ToString()).Split('\n');
        if (lines.Length == chars.Length + 1)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                Assign(table, chars[i], lines[i]);
            }
        }
        else
        {
            foreach (var c in chars)
            {
                Assign(table, c, transliterator.Transliterate(c.ToString()));
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
