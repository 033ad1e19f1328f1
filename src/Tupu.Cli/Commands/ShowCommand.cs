using System.Text.Json;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Storage.Traversal;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu show NAME</c>: an entity card — type, aliases in every script, relationships with certainty and evidence.</summary>
internal sealed class ShowCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<ShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenExistingAsync(settings, cancellationToken).ConfigureAwait(false);
        var card = await new GraphExplorer(store).FindAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        if (card is null)
        {
            await terminal.Error.WriteLineAsync($"tupu: no entity is called '{settings.Name}'.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (settings.Json)
        {
            await terminal.Out.WriteLineAsync(JsonSerializer.Serialize(EntityCardView.ToJson(card), JsonOptions.Compact)).ConfigureAwait(false);
        }
        else
        {
            EntityCardView.Render(terminal.Console, card, settings.All);
        }

        return ExitCodes.Success;
    }
}
