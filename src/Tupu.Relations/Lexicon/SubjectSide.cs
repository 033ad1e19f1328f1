namespace Tupu.Relations.Lexicon;

/// <summary>Which side of an active trigger the subject stands on (for a circumfix, Right means inside).</summary>
internal enum SubjectSide
{
    Left,
    Right,
}
