using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>A relationship seen from one of its nodes.</summary>
internal sealed record GraphEdge(GraphRelationship Relationship, RelationshipDirection Direction, string OtherId)
{
    /// <summary>The relationship seen from each of its nodes: outgoing at its start, incoming at its end.</summary>
    public static IEnumerable<(string At, GraphEdge Edge)> AtBothEnds(GraphRelationship relationship) =>
    [
        (relationship.Start.Id, new GraphEdge(relationship, RelationshipDirection.Outgoing, relationship.End.Id)),
        (relationship.End.Id, new GraphEdge(relationship, RelationshipDirection.Incoming, relationship.Start.Id)),
    ];
}
