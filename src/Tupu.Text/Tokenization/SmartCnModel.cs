using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Tupu.Text.Tokenization;

/// <summary>
/// SmartCn's segmentation model: its word dictionary (words and their frequencies) and its bigram dictionary (how often
/// two words follow each other), as the package loads them. Lucene.Net declares both dictionaries internal (the Java
/// originals are public), so their lookups are bound once, by name, to delegates; the package version is pinned, and
/// <c>HanLatticeTests</c> fail if a binding or a lookup stops matching what <see cref="HHMMSegmenter"/> does.
/// </summary>
internal static class SmartCnModel
{
    /// <summary>The character that joins two words into a bigram key ("w₁@w₂").</summary>
    public const char PairSeparator = '@';

    private static readonly Func<char[], int> Frequency;
    private static readonly Func<char[], int, int> PrefixMatch;
    private static readonly Func<char[], int, bool> IsEqual;
    private static readonly Func<char[], int> Pairs;

    // Per character: its frequency as a word of its own and where the words it begins start, once asked (Unknown before).
    private const long Unknown = long.MinValue;
    private static readonly long[] SingleCharacters = CreateSingleCharacters();

    static SmartCnModel()
    {
        var words = WordDictionary = Instance("WordDictionary");
        var bigrams = Instance("BigramDictionary");
        Frequency = Bind<Func<char[], int>>(words, "GetFrequency", typeof(char[]));
        PrefixMatch = Bind<Func<char[], int, int>>(words, "GetPrefixMatch", typeof(char[]), typeof(int));
        IsEqual = Bind<Func<char[], int, bool>>(words, "IsEqual", typeof(char[]), typeof(int));
        Pairs = Bind<Func<char[], int>>(bigrams, "GetFrequency", typeof(char[]));
    }

    /// <summary>SmartCn's word dictionary itself (see <see cref="SmartCnWords"/>, which reads its tables).</summary>
    internal static object WordDictionary { get; }

    /// <summary>How often the word <paramref name="word"/> (its whole array) occurs; 0 when it is not a word.</summary>
    public static int WordFrequency(char[] word) => Frequency(word);

    /// <summary>
    /// The index, among the words starting with <paramref name="prefix"/>[0], of the first word that begins with the
    /// whole of <paramref name="prefix"/>, searching from <paramref name="from"/>; -1 when there is none.
    /// </summary>
    public static int FirstWordWithPrefix(char[] prefix, int from) => PrefixMatch(prefix, from);

    /// <summary>Whether the word at <paramref name="index"/> (as <see cref="FirstWordWithPrefix"/> counts) is <paramref name="word"/> itself.</summary>
    public static bool IsWordAt(char[] word, int index) => IsEqual(word, index);

    /// <summary>
    /// <see cref="WordFrequency"/> and <see cref="FirstWordWithPrefix"/> (from 0) for the one-character word
    /// <paramref name="c"/>, which every Han character of a run asks: computed once per character and kept.
    /// </summary>
    public static (int Frequency, int FirstWord) SingleCharacter(char c)
    {
        ref var known = ref SingleCharacters[c];
        var value = Volatile.Read(ref known);
        if (value == Unknown)
        {
            char[] word = [c];
            value = ((long)Frequency(word) << 32) | (uint)PrefixMatch(word, 0);
            Volatile.Write(ref known, value);
        }

        return ((int)(value >> 32), (int)value);
    }

    /// <summary>How often the pair "w₁@w₂" (<paramref name="pair"/>, its whole array) occurs; 0 when never.</summary>
    public static int PairFrequency(char[] pair) => Pairs(pair);

    private static long[] CreateSingleCharacters()
    {
        var table = new long[char.MaxValue + 1];
        Array.Fill(table, Unknown);
        return table;
    }

    private static object Instance(string dictionary)
    {
        var type = typeof(HHMMSegmenter).Assembly.GetType($"{typeof(HHMMSegmenter).Namespace}.{dictionary}", throwOnError: true)!;
        var getInstance = type.GetMethod("GetInstance", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)
            ?? throw new MissingMethodException(type.FullName, "GetInstance");
        return getInstance.Invoke(null, null) ?? throw new InvalidOperationException($"{type.FullName}.GetInstance() returned null.");
    }

    private static TDelegate Bind<TDelegate>(object target, string name, params Type[] parameters)
        where TDelegate : Delegate =>
        (target.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters)
            ?? throw new MissingMethodException(target.GetType().FullName, name)).CreateDelegate<TDelegate>(target);
}
