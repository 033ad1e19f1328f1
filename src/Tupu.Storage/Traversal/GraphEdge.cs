using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>A relationship seen from one of its nodes.</summary>
internal sealed record GraphEdge(GraphRelationship Relationship, RelationshipDirection Direction, string OtherId);
