using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Storage.Traversal;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu neighbors NAME</c>: entities within N relationships, nearest first.</summary>
internal sealed class NeighborsCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<NeighborsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, NeighborsSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenExistingAsync(settings, cancellationToken).ConfigureAwait(false);
        var neighbors = await new GraphExplorer(store)
            .NeighborsAsync(settings.Name, settings.Depth, settings.TypeSet, cancellationToken)
            .ConfigureAwait(false);
        if (neighbors is null)
        {
            await terminal.Error.WriteLineAsync($"tupu: no entity is called '{settings.Name}'.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            await terminal.Out.WriteLineAsync(JsonSerializer.Serialize(
                neighbors.Select(n => new
                {
                    id = n.Node.Id,
                    name = GraphText.Name(n.Node),
                    labels = n.Node.Labels,
                    depth = n.Depth,
                    via = n.Via.Type,
                    from = n.FromId,
                    certainty = n.Via.Properties.GetValueOrDefault("certainty"),
                }),
                JsonOptions.Compact)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Depth", "Entity", "Label", "Via", "From", "Certainty");
        foreach (var n in neighbors)
        {
            table.AddRow(
                n.Depth.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(GraphText.Name(n.Node)),
                string.Join(",", n.Node.Labels),
                n.Via.Type,
                Markup.Escape(n.FromId),
                Markup.Escape(n.Via.Properties.GetValueOrDefault("certainty") as string ?? string.Empty));
        }

        terminal.Console.Write(table);
        return ExitCodes.Success;
    }
}
