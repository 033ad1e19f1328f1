using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu bench</c>.</summary>
internal sealed class BenchSettings : CommandSettings
{
    [CommandOption("--size-mb <MB>")]
    [Description("Size of the synthetic corpus in MB (UTF-8).")]
    [DefaultValue(50)]
    public int SizeMb { get; init; } = 50;

    [CommandOption("--seed-corpus <DIR>")]
    [Description("Folder with zh-Hans/, zh-Hant/ and en/ articles to draw sentences from.")]
    [DefaultValue("corpus/articles")]
    public string SeedCorpus { get; init; } = "corpus/articles";

    [CommandOption("--work <DIR>")]
    [Description("Where to write the synthetic corpus and stores (default: a temporary folder, removed afterwards).")]
    public string? Work { get; init; }

    [CommandOption("--single-file")]
    [Description("Write the synthetic corpus as one large file (read in parts, never whole) instead of one file per article.")]
    public bool SingleFile { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Timed rounds of each measurement, alternating what is compared; the median round is reported.")]
    [DefaultValue(3)]
    public int Rounds { get; init; } = 3;

    [CommandOption("--json")]
    [Description("Print the figures as JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        SizeMb is < 1 or > 10_000 ? ValidationResult.Error("--size-mb must be between 1 and 10000.")
        : Rounds is < 1 or > 9 ? ValidationResult.Error("--rounds must be between 1 and 9.")
        : ValidationResult.Success();
}
