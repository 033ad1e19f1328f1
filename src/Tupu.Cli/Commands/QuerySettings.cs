using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu query</c>.</summary>
internal sealed class QuerySettings : Neo4jConnectionSettings
{
    [CommandArgument(0, "<CYPHER>")]
    [Description("The Cypher query; use $name parameters and --param name=value.")]
    public string Query { get; init; } = string.Empty;

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A query parameter; the value is read as JSON when it is JSON (numbers, lists…), else as a string. May be repeated.")]
    public string[] Parameters { get; init; } = [];

    [CommandOption("--json")]
    [Description("Print rows as JSON lines, for scripts.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Query) ? ValidationResult.Error("Give a Cypher query.") : ValidationResult.Success();
}
