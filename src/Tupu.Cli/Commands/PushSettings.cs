using System.ComponentModel;
using Spectre.Console.Cli;

namespace Tupu.Cli.Commands;

/// <summary>Options of <c>tupu push</c>.</summary>
internal sealed class PushSettings : Neo4jConnectionSettings
{
    [CommandOption("-q|--quiet")]
    [Description("No progress display.")]
    public bool Quiet { get; init; }
}
