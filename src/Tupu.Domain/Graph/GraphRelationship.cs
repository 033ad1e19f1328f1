namespace Tupu.Domain.Graph;

/// <summary>A relationship as stores return it. <paramref name="Type"/> is a schema name (USES…).</summary>
public sealed record GraphRelationship(
    string Id,
    string Type,
    GraphNodeRef Start,
    GraphNodeRef End,
    IReadOnlyDictionary<string, object?> Properties);
