using System.ComponentModel;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of every command that reads or writes the embedded store.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("Embedded store file (default: $TUPU_STORE, else ./tupu.db).")]
    public string? Store { get; init; }
}
