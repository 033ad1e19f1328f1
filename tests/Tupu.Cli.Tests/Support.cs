using System.Text;
using Spectre.Console.Testing;
using Tupu.Cli;
using Tupu.Cli.Infrastructure;

namespace Tupu.Cli.Tests;

/// <summary>Runs the command tree in process with a test console, captured streams and a given environment.</summary>
internal sealed record Run(int ExitCode, string Out, string Error, string Console)
{
    public static async Task<Run> Tupu(IReadOnlyDictionary<string, string?> environment, string stdin, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 160;
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(
            console,
            output,
            error,
            () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            name => environment.TryGetValue(name, out var value) ? value : null,
            IsInteractive: false);
        var exit = await TupuApp.Create(terminal).RunAsync(args);
        return new Run(exit, output.ToString(), error.ToString(), console.Output);
    }

    public static Task<Run> Tupu(params string[] args) => Tupu(new Dictionary<string, string?>(), string.Empty, args);
}
