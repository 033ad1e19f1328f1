using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Storage.Neo4j;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu schema apply</c>: creates graph-schema's constraints and indexes in Neo4j (IF NOT EXISTS: idempotent).</summary>
internal sealed class SchemaApplyCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<Neo4jConnectionSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jConnectionSettings settings, CancellationToken cancellationToken)
    {
        var (driver, neo4j) = await stores.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        await using var _ = driver;
        var result = await SchemaApplier.ApplyAsync(driver, neo4j.Database, cancellationToken).ConfigureAwait(false);
        terminal.Console.MarkupLine(Markup.Escape(
            $"Ran {result.Statements} schema statements: {result.ConstraintsAdded} constraints and {result.IndexesAdded} indexes added."));
        return ExitCodes.Success;
    }
}
