using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>A node reached from the start entity.</summary>
/// <param name="Depth">Number of hops on a shortest way there (1 = direct neighbour).</param>
/// <param name="Via">The relationship that first reached it (its start/end tell the direction).</param>
/// <param name="FromId">The node it was reached from (the start entity for depth 1).</param>
public sealed record Neighbor(GraphNode Node, int Depth, GraphRelationship Via, string FromId);
