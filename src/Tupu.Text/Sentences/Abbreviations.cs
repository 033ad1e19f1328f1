namespace Tupu.Text.Sentences;

/// <summary>English abbreviations whose final period does not end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Never end a sentence: titles, months, "e.g."-like and reference words are followed by more of it.</summary>
    private static readonly HashSet<string> Never = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev", "hon", "capt", "lt", "col", "sgt",
        "ch", "sec", "art", "op", "ed", "eds",
        "e.g", "i.e", "vs", "v", "cf", "approx", "ca", "est", "al", "viz", "incl",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>End a sentence only when a capitalised word follows ("… Nvidia Corp. The company …").</summary>
    private static readonly HashSet<string> AtSentenceEndOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "ltd", "co", "llc", "plc", "bros", "etc", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "ph.d", "jr",
    };

    /// <summary>Abbreviations that only stand before a number: "No. 1", "Vol. 3", "p. 12".</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "vol", "fig", "figs", "p", "pp",
    };

    public static bool StandsBeforeNumber(ReadOnlySpan<char> word) => BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool NeverEnds(ReadOnlySpan<char> word) => Never.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool EndsOnlyBeforeCapital(ReadOnlySpan<char> word) =>
        AtSentenceEndOnly.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
