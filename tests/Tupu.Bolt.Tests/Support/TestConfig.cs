namespace Tupu.Bolt.Tests.Support;

/// <summary>Driver settings that keep scripted conversations fast: short waits, short back-off.</summary>
internal static class TestConfig
{
    public static DriverConfig Fast { get; } = new()
    {
        ConnectionTimeout = TimeSpan.FromSeconds(5),
        ReadTimeout = TimeSpan.FromSeconds(5),
        MaxTransactionRetryTime = TimeSpan.FromSeconds(5),
        RetryInitialDelay = TimeSpan.FromMilliseconds(5),
        FetchSize = 100,
    };

    public static IAuthToken Auth { get; } = AuthTokens.Basic("tupu", "s3cret");
}
