namespace Tupu.Relations.Analysis;

/// <summary>
/// Confidence per pattern kind. Appositions are the most reliable construction in news copy; a trigger between two
/// typed mentions is reliable; anything that needs a guess (a pronoun, a dropped subject, a bare 的/'s) is lower.
/// </summary>
internal static class Confidences
{
    public const double Apposition = 0.9;
    public const double Direct = 0.8;
    public const double Passive = 0.8;
    public const double Circumfix = 0.8;
    public const double Relative = 0.7;
    public const double Predicate = 0.7;
    public const double QuotedInNamed = 0.8;
    public const double QuotedInArticle = 0.7;
    public const double Possessive = 0.6;

    /// <summary>Cap when an argument is a pronoun / short subject or a subject carried over from an earlier clause.</summary>
    public const double Inferred = 0.6;
}
