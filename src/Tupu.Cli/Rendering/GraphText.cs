using Tupu.Domain.Graph;

namespace Tupu.Cli.Rendering;

/// <summary>How nodes are named in what the CLI prints.</summary>
internal static class GraphText
{
    public static string Name(GraphNode node) =>
        node.Properties.TryGetValue("name", out var name) && name is string text ? text
        : node.Properties.TryGetValue("title", out var title) && title is string heading ? heading
        : node.Id;
}
