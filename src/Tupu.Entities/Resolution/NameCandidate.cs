namespace Tupu.Entities.Resolution;

/// <summary>An entity a surface may refer to, and how the surface matched one of its names.</summary>
internal readonly record struct NameCandidate(string EntityId, MatchKind Kind)
{
    /// <summary>Better match kinds first, then ids in ordinal order.</summary>
    public static Comparison<NameCandidate> ByKindThenId { get; } = (a, b) =>
        a.Kind != b.Kind ? ((int)a.Kind).CompareTo((int)b.Kind) : string.CompareOrdinal(a.EntityId, b.EntityId);
}
