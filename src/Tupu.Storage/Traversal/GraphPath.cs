using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Relationships[i]</c> (in either direction).</summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>Number of relationships.</summary>
    public int Length => Relationships.Count;
}
