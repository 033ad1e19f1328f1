namespace Tupu.Storage.Traversal;

/// <summary>The relationships of one type and direction on an entity card, ordered by the other node's name.</summary>
/// <param name="Type">Schema name, e.g. USES.</param>
public sealed record RelationshipGroup(string Type, RelationshipDirection Direction, IReadOnlyList<CardRelationship> Relationships);
