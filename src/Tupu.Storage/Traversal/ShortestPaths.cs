using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>
/// All shortest paths by breadth-first search: every node remembers each edge that reached it at its distance,
/// then paths are read back from the target in edge order (deterministic), stopping at a limit. Each level expands
/// its frontier in the neighbourhood first, so the walk reads one step of the graph at a time.
/// </summary>
internal static class ShortestPaths
{
    public static async Task<IReadOnlyList<GraphPath>> FindAsync(GraphNeighborhood graph, string source, string target, int maxDepth, int limit, CancellationToken cancellationToken)
    {
        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            return [new GraphPath([graph.Node(source)!], [])];
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [source] = 0 };
        var reachedBy = new Dictionary<string, List<(string From, GraphRelationship Via)>>(StringComparer.Ordinal);
        var frontier = new List<string> { source };
        for (var level = 1; level <= maxDepth && frontier.Count > 0 && !distance.ContainsKey(target); level++)
        {
            await graph.ExpandAsync(frontier, cancellationToken);
            var next = new List<string>();
            foreach (var from in frontier)
            {
                foreach (var edge in graph.Edges(from))
                {
                    if (!distance.TryGetValue(edge.OtherId, out var known))
                    {
                        distance[edge.OtherId] = level;
                        reachedBy[edge.OtherId] = [];
                        next.Add(edge.OtherId);
                        known = level;
                    }

                    if (known == level)
                    {
                        reachedBy[edge.OtherId].Add((from, edge.Relationship));
                    }
                }
            }

            frontier = next;
        }

        if (!distance.ContainsKey(target))
        {
            return [];
        }

        var paths = new List<GraphPath>();
        var nodes = new List<string> { target };
        var relationships = new List<GraphRelationship>();
        Walk(target);
        return paths;

        // Depth-first back to the source along the recorded edges.
        void Walk(string at)
        {
            if (paths.Count >= limit)
            {
                return;
            }

            if (string.Equals(at, source, StringComparison.Ordinal))
            {
                paths.Add(new GraphPath(
                    [.. Enumerable.Reverse(nodes).Select(id => graph.Node(id)!)],
                    [.. Enumerable.Reverse(relationships)]));
                return;
            }

            foreach (var (from, via) in reachedBy[at])
            {
                nodes.Add(from);
                relationships.Add(via);
                Walk(from);
                nodes.RemoveAt(nodes.Count - 1);
                relationships.RemoveAt(relationships.Count - 1);
            }
        }
    }
}
