namespace Tupu.Bolt;

/// <summary>A node of a result. <see cref="ElementId"/> is the server's id (Bolt 5), or <see cref="Id"/> as text on 4.4.</summary>
public sealed record Node(long Id, string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
