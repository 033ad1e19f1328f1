using System.ComponentModel;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>
/// Options naming a Neo4j server. The password is never an argument: it comes from NEO4J_PASSWORD, or from
/// standard input with --password-stdin, or from a prompt on a terminal.
/// </summary>
internal class Neo4jConnectionSettings : StoreSettings
{
    [CommandOption("--neo4j <URI>")]
    [Description("Neo4j URI (bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://); default $NEO4J_URI.")]
    public string? Neo4jUri { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("Neo4j user (default $NEO4J_USERNAME, else neo4j).")]
    public string? User { get; init; }

    [CommandOption("--database <NAME>")]
    [Description("Neo4j database (default $NEO4J_DATABASE, else the server's default).")]
    public string? Database { get; init; }

    [CommandOption("--password-stdin")]
    [Description("Read the Neo4j password from the first line of standard input.")]
    public bool PasswordStdin { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Rows per UNWIND batch (one transaction each).")]
    [DefaultValue(500)]
    public int BatchSize { get; init; } = 500;
}
