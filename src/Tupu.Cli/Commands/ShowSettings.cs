using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu show</c>.</summary>
internal sealed class ShowSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Any name or alias, in any script or language (英伟达, 英偉達, Nvidia), or an id.")]
    public string Name { get; init; } = string.Empty;

    [CommandOption("--all")]
    [Description("List every relationship of a group, not the first 20 (JSON always lists all).")]
    public bool All { get; init; }

    [CommandOption("--json")]
    [Description("Print the card as JSON.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("Name an entity.") : ValidationResult.Success();
}
