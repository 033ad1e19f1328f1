namespace Tupu.Bolt;

/// <summary>A relationship of a result with both end nodes known.</summary>
public sealed record Relationship(
    long Id,
    string ElementId,
    long StartNodeId,
    string StartNodeElementId,
    long EndNodeId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
