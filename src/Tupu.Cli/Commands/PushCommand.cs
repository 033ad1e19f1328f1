using System.Globalization;
using Humanizer;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Storage.Neo4j;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu push --neo4j URI</c>: copies the embedded store into Neo4j with idempotent UNWIND … MERGE batches.</summary>
internal sealed class PushCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<PushSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PushSettings settings, CancellationToken cancellationToken)
    {
        await using var source = await stores.OpenExistingAsync(settings, cancellationToken).ConfigureAwait(false);
        var (driver, neo4j) = await stores.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        await using var target = new Neo4jGraphStore(driver, neo4j.Database, settings.BatchSize, ownsDriver: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await target.PushAsync(source, settings.BatchSize, null, cancellationToken).ConfigureAwait(false);
        if (!settings.Quiet)
        {
            terminal.Console.MarkupLine(Markup.Escape(
                $"Pushed {"node".ToQuantity((int)result.Nodes)} and {"relationship".ToQuantity((int)result.Relationships)} in " +
                $"{"transaction".ToQuantity(result.Transactions)} ({clock.Elapsed.Humanize(2, CultureInfo.InvariantCulture)}); Neo4j reported: {result.Counters}."));
        }

        return ExitCodes.Success;
    }
}
