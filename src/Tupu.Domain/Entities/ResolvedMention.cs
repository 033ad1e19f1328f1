namespace Tupu.Domain.Entities;

/// <summary>A mention and the entity it was resolved to, with the resolver's confidence in that choice.</summary>
public sealed record ResolvedMention(Mention Mention, string EntityId, double Confidence);
