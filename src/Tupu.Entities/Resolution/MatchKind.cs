namespace Tupu.Entities.Resolution;

/// <summary>How a surface matched an indexed name; the better the kind, the more the resolver trusts it.</summary>
internal enum MatchKind
{
    Exact,
    Compact,
    Fuzzy,
}
