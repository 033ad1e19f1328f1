using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu ingest</c>.</summary>
internal sealed class IngestSettings : Neo4jConnectionSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Files, folders (recursive) or - for standard input: .txt, .md, .html in UTF-8, UTF-16, GB18030 or Big5.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--lexicon <FILE>")]
    [Description("An extra gazetteer (same columns as corpus/lexicon/entities.tsv); may be repeated.")]
    public string[] Lexicons { get; init; } = [];

    [CommandOption("-j|--jobs <N>")]
    [Description("Articles analysed in parallel (default: the core count). The output does not depend on it.")]
    public int? Jobs { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress display and no summary (errors are still printed).")]
    public bool Quiet { get; init; }

    [CommandOption("--json")]
    [Description("Print the summary as JSON on standard output.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("Name at least one file, folder or - (standard input).");
        }

        if (Jobs is < 1 or > 256)
        {
            return ValidationResult.Error("--jobs must be between 1 and 256.");
        }

        if (PasswordStdin && Paths.Contains("-"))
        {
            return ValidationResult.Error("--password-stdin and - (articles from standard input) cannot both read standard input.");
        }

        foreach (var lexicon in Lexicons)
        {
            if (!File.Exists(lexicon))
            {
                return ValidationResult.Error($"{lexicon}: lexicon file not found.");
            }
        }

        return BatchSize < 1 ? ValidationResult.Error("--batch-size must be at least 1.") : ValidationResult.Success();
    }
}
