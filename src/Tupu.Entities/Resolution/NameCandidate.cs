namespace Tupu.Entities.Resolution;

/// <summary>An entity a surface may refer to, and how the surface matched one of its names.</summary>
internal readonly record struct NameCandidate(string EntityId, MatchKind Kind);
