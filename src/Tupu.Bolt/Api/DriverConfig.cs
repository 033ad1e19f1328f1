namespace Tupu.Bolt;

/// <summary>Driver settings (immutable). Defaults follow the official driver where it has one.</summary>
public sealed record DriverConfig
{
    public static DriverConfig Default { get; } = new();

    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a server message before failing the connection.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Upper bound of the total time spent retrying one transaction function.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First wait before retrying a transaction function; each further wait doubles (±20 % jitter).</summary>
    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxConnectionPoolSize { get; init; } = 16;

    /// <summary>Records per PULL.</summary>
    public long FetchSize { get; init; } = 1000;

    public string UserAgent { get; init; } = "tupu/1.0";
}
