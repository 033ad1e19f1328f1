using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu path</c>.</summary>
internal sealed class PathSettings : StoreSettings
{
    [CommandArgument(0, "<FROM>")]
    [Description("Name or alias of the first entity.")]
    public string From { get; init; } = string.Empty;

    [CommandArgument(1, "<TO>")]
    [Description("Name or alias of the second entity.")]
    public string To { get; init; } = string.Empty;

    [CommandOption("--max-depth <N>")]
    [Description("Longest path to look for, in relationships.")]
    [DefaultValue(4)]
    public int MaxDepth { get; init; } = 4;

    [CommandOption("-t|--type <TYPES>")]
    [Description("Only follow these relationship types, comma-separated.")]
    public string? Types { get; init; }

    [CommandOption("--json")]
    [Description("Print the paths as JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        MaxDepth is < 1 or > 8 ? ValidationResult.Error("--max-depth must be between 1 and 8.") : RelationshipTypeList.Validate(Types);
}
