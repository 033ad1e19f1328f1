namespace Tupu.Bolt.Retry;

/// <summary>
/// Runs a whole transaction function again while it fails with an error that says it may (<see cref="Neo4jException.IsRetriable"/>),
/// waiting with exponential back-off and ±20 % jitter (so clients that failed together do not retry together),
/// and gives up when the next wait would end after <see cref="MaxRetryTime"/>. The last error is thrown, with the
/// number of attempts in <see cref="Exception.Data"/>["attempts"].
/// </summary>
internal sealed class RetryLogic(
    TimeSpan maxRetryTime,
    TimeSpan initialDelay,
    TimeProvider clock,
    Func<TimeSpan, CancellationToken, Task>? delay = null,
    double multiplier = 2.0,
    double jitter = 0.2)
{
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? ((d, ct) => Task.Delay(d, clock, ct));

    public TimeSpan MaxRetryTime => maxRetryTime;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var next = initialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.IsRetriable && !cancellationToken.IsCancellationRequested)
            {
                var wait = Jittered(next);
                if (clock.GetElapsedTime(started) + wait > maxRetryTime)
                {
                    ex.Data["attempts"] = attempt;
                    throw;
                }

                await _delay(wait, cancellationToken).ConfigureAwait(false);
                next = TimeSpan.FromTicks((long)(next.Ticks * multiplier));
            }
        }
    }

    private TimeSpan Jittered(TimeSpan delay)
    {
        var factor = 1 + ((Random.Shared.NextDouble() * 2) - 1) * jitter;
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }
}
