using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Bolt;
using Tupu.Cli.Commands;
using Tupu.Cli.Infrastructure;
using Tupu.Domain;

namespace Tupu.Cli;

/// <summary>The command tree of <c>tupu</c>, shared by the executable and the tests.</summary>
internal static class TupuApp
{
    public static CommandApp Create(Terminal terminal)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(Terminal), terminal);
        registrar.RegisterInstance(typeof(StoreOpener), new StoreOpener(terminal));
        var app = new CommandApp(registrar);
        app.Configure(config => Configure(config, terminal));
        return app;
    }

    public static void Configure(IConfigurator config, Terminal terminal)
    {
        config.SetApplicationName("tupu");
        config.ConfigureConsole(terminal.Console);
        config.SetApplicationCulture(System.Globalization.CultureInfo.InvariantCulture);
        config.SetExceptionHandler((exception, _) => Report(exception, terminal));

        config.AddCommand<IngestCommand>("ingest")
            .WithDescription("Read articles (files, folders, - for stdin) and build the graph.")
            .WithExample("ingest", "corpus/")
            .WithExample("ingest", "news/", "--neo4j", "bolt://localhost:7687");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write the embedded store's graph as jsonl, cypher, neo4j-admin CSV or graphml.")
            .WithExample("export", "--format", "jsonl");
        config.AddCommand<ShowCommand>("show")
            .WithDescription("Print an entity card: type, aliases in every script, relationships with certainty and evidence.")
            .WithExample("show", "英伟达");
        config.AddCommand<NeighborsCommand>("neighbors")
            .WithDescription("List entities within N relationships of one entity.")
            .WithExample("neighbors", "Qwen", "--depth", "2", "--type", "USES,BUILT_ON");
        config.AddCommand<PathCommand>("path")
            .WithDescription("Find the shortest paths between two entities.")
            .WithExample("path", "黄仁勋", "DeepSeek-R1");
        config.AddCommand<QueryCommand>("query")
            .WithDescription("Run a Cypher query against Neo4j and print a table (--json for scripts).")
            .WithExample("query", "MATCH (c:Company)-[:USES]->(m:Model) RETURN c.name, m.name");
        config.AddCommand<PushCommand>("push")
            .WithDescription("Copy the embedded store into Neo4j (idempotent).")
            .WithExample("push", "--neo4j", "neo4j://localhost:7687");
        config.AddBranch("schema", schema =>
        {
            schema.SetDescription("Neo4j schema from graph-schema/.");
            schema.AddCommand<SchemaApplyCommand>("apply").WithDescription("Create graph-schema's constraints and indexes (IF NOT EXISTS).");
        });
        config.AddCommand<EvalCommand>("eval")
            .WithDescription("Score entities and relations against the corpus's gold annotations (precision, recall, F1).");
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Measure SmartCn alone, the analysis stages and ingest on a synthetic corpus (MB/s, ratios, peak memory).")
            .WithExample("bench", "--size-mb", "50");
    }

    /// <summary>One line per error on stderr, never a stack trace; usage errors exit 2, the rest 1.</summary>
    private static int Report(Exception exception, Terminal terminal)
    {
        switch (exception)
        {
            case CommandAppException usage:
                terminal.Error.WriteLine($"tupu: {usage.Message}");
                return ExitCodes.Usage;
            case TupuException tupu:
                terminal.Error.WriteLine($"tupu: {tupu.Message} ({tupu.CodeText})");
                return tupu.Code == ErrorCode.InvalidArgument ? ExitCodes.Usage : ExitCodes.Failure;
            case Neo4jException neo4j:
                terminal.Error.WriteLine($"tupu: Neo4j: {neo4j.Message} ({neo4j.Code})");
                return ExitCodes.Failure;
            case OperationCanceledException:
                terminal.Error.WriteLine("tupu: cancelled.");
                return ExitCodes.Failure;
            case IOException or UnauthorizedAccessException:
                terminal.Error.WriteLine($"tupu: {exception.Message}");
                return ExitCodes.Failure;
            default:
                terminal.Error.WriteLine($"tupu: internal error: {exception.GetType().Name}: {exception.Message}");
                return ExitCodes.Failure;
        }
    }
}
