namespace Tupu.Domain.Graph;

/// <summary>
/// A node as stores return it for export and traversal. Property values are string, long, double, bool,
/// or IReadOnlyList of those; dates are ISO-8601 strings.
/// </summary>
public sealed record GraphNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
