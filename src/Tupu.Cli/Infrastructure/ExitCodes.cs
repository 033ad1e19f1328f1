namespace Tupu.Cli.Infrastructure;

/// <summary>What the process exit code says.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed (each named on stderr), or the command could not complete.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
