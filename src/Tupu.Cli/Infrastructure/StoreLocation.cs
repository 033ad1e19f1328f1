namespace Tupu.Cli.Infrastructure;

/// <summary>Where the embedded store is: --store, else TUPU_STORE, else tupu.db in the working directory.</summary>
internal static class StoreLocation
{
    public const string EnvironmentVariable = "TUPU_STORE";

    public static string Resolve(string? option, Terminal terminal) =>
        Path.GetFullPath(option ?? terminal.GetEnvironmentVariable(EnvironmentVariable) ?? "tupu.db");
}
