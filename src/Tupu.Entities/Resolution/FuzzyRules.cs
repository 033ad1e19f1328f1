namespace Tupu.Entities.Resolution;

/// <summary>
/// When a fuzzy match may stand: Latin keys only (one Han character changes the name: 黄仁勋/黄仁宇), long enough that one
/// edit is a variant and not another word, sharing the first letters, and never a different version (Qwen3 is not Qwen2).
/// </summary>
internal static class FuzzyRules
{
    public const int MinLength = 6;

    /// <summary>Leading characters a fuzzy match must share (Lucene FuzzyQuery prefix length).</summary>
    public const int PrefixLength = 3;

    public static bool Eligible(string compactKey) =>
        compactKey.Length >= MinLength && !compactKey.Any(Automaton.CharClass.IsHan);

    public static int MaxEdits(string compactKey) => 1;

    public static bool Accept(string queryKey, string candidateKey) =>
        Eligible(candidateKey) && Digits(queryKey).SequenceEqual(Digits(candidateKey)) &&
        Distance(queryKey, candidateKey) <= MaxEdits(queryKey);

    private static IEnumerable<char> Digits(string key) => key.Where(char.IsAsciiDigit);

    /// <summary>Levenshtein distance; used for the small learned tier that has no Lucene index.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
