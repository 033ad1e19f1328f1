using System.Text;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Storage.Export;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu export</c>: writes the embedded store's graph in one of the exchange formats, streaming.</summary>
internal sealed class ExportCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenExistingAsync(settings, cancellationToken).ConfigureAwait(false);
        if (settings.Format == "neo4j-admin")
        {
            await GraphExporter.WriteNeo4jAdminAsync(store, settings.Output!, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var output = settings.Output is null
            ? terminal.Out
            : new StreamWriter(settings.Output, append: false, new UTF8Encoding(false));
        try
        {
            var export = settings.Format switch
            {
                "cypher" => GraphExporter.WriteCypherAsync(store, output, cancellationToken),
                "graphml" => GraphExporter.WriteGraphMlAsync(store, output, cancellationToken),
                _ => GraphExporter.WriteJsonLinesAsync(store, output, cancellationToken),
            };
            await export.ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!ReferenceEquals(output, terminal.Out))
            {
                await output.DisposeAsync().ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }
}
