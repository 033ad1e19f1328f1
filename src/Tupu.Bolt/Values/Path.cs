namespace Tupu.Bolt;

/// <summary>
/// An alternating sequence node, relationship, node, … with one more node than relationships.
/// Relationship i joins Nodes[i] and Nodes[i + 1], in either direction.
/// </summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public Node Start => Nodes[0];

    public Node End => Nodes[^1];
}
