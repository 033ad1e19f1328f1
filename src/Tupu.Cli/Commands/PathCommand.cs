using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Storage.Traversal;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu path A B</c>: the shortest paths between two entities.</summary>
internal sealed class PathCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<PathSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PathSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenExistingAsync(settings, cancellationToken).ConfigureAwait(false);
        var paths = await new GraphExplorer(store)
            .PathAsync(settings.From, settings.To, settings.MaxDepth, RelationshipTypeList.Parse(settings.Types), cancellationToken)
            .ConfigureAwait(false);
        if (paths is null)
        {
            await terminal.Error.WriteLineAsync($"tupu: no entity is called '{settings.From}' or '{settings.To}'.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            await terminal.Out.WriteLineAsync(JsonSerializer.Serialize(
                paths.Select(p => new
                {
                    nodes = p.Nodes.Select(n => new { id = n.Id, name = GraphText.Name(n), labels = n.Labels }),
                    relationships = p.Relationships.Select(r => new { type = r.Type, start = r.Start.Id, end = r.End.Id, certainty = r.Properties.GetValueOrDefault("certainty") }),
                }),
                JsonOptions.Compact)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (paths.Count == 0)
        {
            terminal.Console.MarkupLine(Markup.Escape($"No path of at most {settings.MaxDepth} relationships."));
            return ExitCodes.Success;
        }

        foreach (var path in paths)
        {
            terminal.Console.MarkupLine(Markup.Escape(Describe(path)));
        }

        return ExitCodes.Success;
    }

    private static string Describe(GraphPath path)
    {
        var text = new StringBuilder($"({GraphText.Name(path.Nodes[0])})");
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.Start.Id == path.Nodes[i].Id;
            text.Append(forward ? $"-[{relationship.Type}]->" : $"<-[{relationship.Type}]-");
            text.Append('(').Append(GraphText.Name(path.Nodes[i + 1])).Append(')');
        }

        return text.ToString();
    }
}
