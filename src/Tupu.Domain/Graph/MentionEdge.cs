namespace Tupu.Domain.Graph;

/// <summary>One Article-[:MENTIONS]->entity edge of a <see cref="GraphBatch"/>: the entity and the edge's relationship id.</summary>
public readonly record struct MentionEdge(string EntityId, string RelationshipId);
