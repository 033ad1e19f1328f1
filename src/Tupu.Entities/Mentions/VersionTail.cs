using System.Text.RegularExpressions;

namespace Tupu.Entities.Mentions;

/// <summary>
/// What may follow a model name to make a version or variant: numbers (3, 2.5, 4o, 405B), letter-number codes (V3, R1,
/// K2) and variant words (Coder, Instruct, Sonnet…). Years (2025) are dates, not versions.
/// </summary>
internal static partial class VersionTail
{
    /// <summary>Whether one part is a version part; <paramref name="strong"/> tells whether it is a letter-number code.</summary>
    public static bool IsPart(string part, RecognitionData data, out bool strong)
    {
        strong = LetterNumber().IsMatch(part);
        if (strong)
        {
            return true;
        }

        if (Number().IsMatch(part))
        {
            return !Year().IsMatch(part) && part.TakeWhile(char.IsAsciiDigit).Count() <= 3;
        }

        return data.ModelVariants.Contains(part.ToLowerInvariant());
    }

    /// <summary>Whether a hyphen-joined tail ("3-Coder", "V3", "4o-mini") is all version parts.</summary>
    public static bool IsTail(string tail, RecognitionData data)
    {
        var parts = tail.Split('-');
        return parts.Length > 0 && parts.All(p => p.Length > 0 && IsPart(p, data, out _));
    }

    /// <summary>Whether a word starts with a digit or is a letter-number code: the mark of a version.</summary>
    public static bool HasNumber(string tail) => tail.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^[A-Za-z]{1,2}\d+(\.\d+)*[A-Za-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterNumber();

    [GeneratedRegex(@"^\d+(\.\d+)*[A-Za-z]{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
