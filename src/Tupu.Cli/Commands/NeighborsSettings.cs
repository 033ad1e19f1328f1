using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu neighbors</c>.</summary>
internal sealed class NeighborsSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Any name or alias of the entity to start from.")]
    public string Name { get; init; } = string.Empty;

    [CommandOption("-d|--depth <N>")]
    [Description("How many relationships away to look.")]
    [DefaultValue(1)]
    public int Depth { get; init; } = 1;

    [CommandOption("-t|--type <TYPES>")]
    [Description("Only these relationship types, comma-separated (USES,PRAISED,…).")]
    public string? Types { get; init; }

    [CommandOption("--json")]
    [Description("Print the neighbours as JSON.")]
    public bool Json { get; init; }

    public IReadOnlySet<string>? TypeSet => RelationshipTypeList.Parse(Types);

    public override ValidationResult Validate() =>
        Depth is < 1 or > 6 ? ValidationResult.Error("--depth must be between 1 and 6.") : RelationshipTypeList.Validate(Types);
}
