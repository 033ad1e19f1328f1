namespace Tupu.Storage.Traversal;

/// <summary>Which way a relationship points, seen from the entity on the card.</summary>
public enum RelationshipDirection
{
    /// <summary>The entity is the relationship's start (subject).</summary>
    Outgoing,

    /// <summary>The entity is the relationship's end (object).</summary>
    Incoming,
}
