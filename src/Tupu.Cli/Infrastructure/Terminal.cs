using Spectre.Console;

namespace Tupu.Cli.Infrastructure;

/// <summary>
/// The process's streams and environment, injected so commands run the same in tests. Data (exports, --json) goes
/// to <see cref="Out"/> unformatted; people-facing output goes through <see cref="Console"/>; errors to <see cref="Error"/>.
/// </summary>
internal sealed record Terminal(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStandardInput,
    Func<string, string?> GetEnvironmentVariable,
    bool IsInteractive)
{
    public static Terminal System()
    {
        var stdout = new StreamWriter(global::System.Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(global::System.Console.OpenStandardError(), new global::System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new Terminal(
            AnsiConsole.Console,
            stdout,
            stderr,
            global::System.Console.OpenStandardInput,
            Environment.GetEnvironmentVariable,
            !global::System.Console.IsOutputRedirected && !global::System.Console.IsErrorRedirected);
    }
}
