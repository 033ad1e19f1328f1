using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Entities;
using Tupu.Pipeline.Running;
using Tupu.Storage.Neo4j;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu ingest PATHS…</c>: builds the graph from articles into the embedded store or Neo4j.</summary>
internal sealed class IngestCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        var lexicon = settings.Lexicons.Length == 0 ? EntityLexicon.LoadDefault() : EntityLexicon.Load(settings.Lexicons);
        var options = new IngestOptions(settings.Jobs ?? Environment.ProcessorCount);
        var runner = new IngestRunner(lexicon);

        await using var store = await stores.OpenForIngestAsync(settings, cancellationToken).ConfigureAwait(false);
        IngestReport report;
        if (terminal.IsInteractive && !settings.Quiet && !settings.Json)
        {
            report = await terminal.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("discovering inputs");
                    return await runner.RunAsync(settings.Paths, store, options, new ProgressObserver(task), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            report = await runner.RunAsync(settings.Paths, store, options, null, cancellationToken).ConfigureAwait(false);
        }

        foreach (var failure in report.Failures)
        {
            await terminal.Error.WriteLineAsync($"tupu: {failure}").ConfigureAwait(false);
        }

        using var process = Process.GetCurrentProcess();
        var peakWorkingSet = process.PeakWorkingSet64;
        if (settings.Json)
        {
            await terminal.Out.WriteLineAsync(IngestSummaryView.Json(report, peakWorkingSet)).ConfigureAwait(false);
        }
        else if (!settings.Quiet)
        {
            IngestSummaryView.Render(terminal.Console, report, peakWorkingSet);
            if (store is Neo4jGraphStore neo4j)
            {
                terminal.Console.MarkupLine(Markup.Escape($"Neo4j reported: {neo4j.Counters}."));
            }
        }

        return report.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
