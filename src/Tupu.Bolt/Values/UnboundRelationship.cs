namespace Tupu.Bolt;

/// <summary>A relationship inside a path structure; its end nodes are known from its place in the path.</summary>
public sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>Binds the relationship to its end nodes.</summary>
    public Relationship Bind(Node start, Node end) =>
        new(Id, ElementId, start.Id, start.ElementId, end.Id, end.ElementId, Type, Properties);
}
