using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Storage.Neo4j;

namespace Tupu.Cli.Commands;

/// <summary><c>tupu query "CYPHER" [--param name=value]</c>: runs a parameterised query against Neo4j and prints a table.</summary>
internal sealed class QueryCommand(Terminal terminal, StoreOpener stores) : AsyncCommand<QuerySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        var parameters = CypherQueryRunner.ParseParameters(settings.Parameters);
        var (driver, neo4j) = await stores.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        await using var _ = driver;
        var result = await new CypherQueryRunner(driver, neo4j.Database).RunAsync(settings.Query, parameters, cancellationToken).ConfigureAwait(false);

        if (settings.Json)
        {
            foreach (var row in result.Rows)
            {
                var record = result.Columns.Select((column, i) => (column, value: row[i])).ToDictionary(p => p.column, p => p.value, StringComparer.Ordinal);
                await terminal.Out.WriteLineAsync(JsonSerializer.Serialize(record, JsonOptions.Compact)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }

        var table = new Table();
        foreach (var column in result.Columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(v => Markup.Escape(CypherQueryRunner.Format(v))).ToArray());
        }

        terminal.Console.Write(table);
        terminal.Console.MarkupLine(Markup.Escape($"{result.Rows.Count} row(s); {result.Counters}"));
        return ExitCodes.Success;
    }
}
