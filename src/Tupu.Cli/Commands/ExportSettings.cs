using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu export</c>.</summary>
internal sealed class ExportSettings : StoreSettings
{
    private static readonly string[] Formats = ["jsonl", "cypher", "neo4j-admin", "graphml"];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("jsonl (APOC apoc.export.json.all lines), cypher (a cypher-shell script), neo4j-admin (CSV files for neo4j-admin database import full, needs --output DIR), graphml.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    [CommandOption("-o|--output <PATH>")]
    [Description("Output file (a folder for neo4j-admin); default standard output.")]
    public string? Output { get; init; }

    public override ValidationResult Validate()
    {
        if (!Formats.Contains(Format, StringComparer.Ordinal))
        {
            return ValidationResult.Error($"Unknown format '{Format}': use one of {string.Join(", ", Formats)}.");
        }

        return Format == "neo4j-admin" && string.IsNullOrWhiteSpace(Output)
            ? ValidationResult.Error("--format neo4j-admin writes several CSV files: name a folder with --output DIR.")
            : ValidationResult.Success();
    }
}
