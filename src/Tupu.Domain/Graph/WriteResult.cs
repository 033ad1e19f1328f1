namespace Tupu.Domain.Graph;

/// <summary>What one article's write changed: nodes and relationships created (new keys) and merged (existing keys).</summary>
public sealed record WriteResult(
    WriteOutcome Outcome,
    int EntitiesCreated,
    int EntitiesMerged,
    int RelationshipsCreated,
    int RelationshipsMerged);
