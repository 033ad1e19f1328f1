namespace Tupu.Domain.Graph;

/// <summary>A relationship's endpoint: node id and labels.</summary>
public sealed record GraphNodeRef(string Id, IReadOnlyList<string> Labels);
