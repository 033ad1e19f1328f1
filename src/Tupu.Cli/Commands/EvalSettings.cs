using System.ComponentModel;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu eval</c>.</summary>
internal sealed class EvalSettings : CommandSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("Corpus root; gold article paths are relative to it.")]
    [DefaultValue("corpus")]
    public string Corpus { get; init; } = "corpus";

    [CommandOption("--gold <DIR>")]
    [Description("Folder with entities.tsv and relations.tsv (default: CORPUS/gold).")]
    public string? Gold { get; init; }

    [CommandOption("--lexicon <FILE>")]
    [Description("An extra gazetteer; may be repeated.")]
    public string[] Lexicons { get; init; } = [];

    [CommandOption("--json")]
    [Description("Print the scores as JSON.")]
    public bool Json { get; init; }
}
