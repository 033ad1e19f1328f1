using System.Text;
using Spectre.Console.Testing;
using Tupu.Cli;
using Tupu.Cli.Infrastructure;

namespace Tupu.IntegrationTests.Support;

/// <summary>Runs the real <c>tupu</c> command tree in process, capturing what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error, string Console)
{
    internal static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(new Dictionary<string, string?>(), args);

    internal static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(
            console,
            output,
            error,
            () => new MemoryStream(Encoding.UTF8.GetBytes(string.Empty)),
            name => environment.TryGetValue(name, out var value) ? value : null,
            IsInteractive: false);
        var exit = await TupuApp.Create(terminal).RunAsync(args);
        return new CliRun(exit, output.ToString(), error.ToString(), console.Output);
    }
}
