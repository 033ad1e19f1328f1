using Tupu.Bolt.Retry;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Retry;

public sealed class RetryLogicTests
{
    private sealed class SteppingClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public async Task Back_off_grows_exponentially_with_bounded_jitter_and_stops_within_the_time_budget()
    {
        var clock = new SteppingClock();
        var waits = new List<TimeSpan>();
        var retry = new RetryLogic(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), clock, (wait, _) =>
        {
            waits.Add(wait);
            clock.Ticks += wait.Ticks;
            return Task.CompletedTask;
        });

        var attempts = 0;
        var ex = await Assert.ThrowsAsync<TransientException>(() => retry.RunAsync<int>(_ =>
        {
            attempts++;
            throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        }, CancellationToken.None));

        Assert.Equal(attempts, (int)ex.Data["attempts"]!);
        Assert.InRange(waits.Count, 3, 5); // 1 + 2 + 4 + 8 (+ 16 if jitter allows) within 30 s
        for (var i = 0; i < waits.Count; i++)
        {
            var nominal = Math.Pow(2, i);
            Assert.InRange(waits[i].TotalSeconds, nominal * 0.8, nominal * 1.2);
        }

        Assert.True(waits.Sum(w => w.TotalSeconds) <= 30);
        Assert.Equal(waits.Count + 1, attempts);
    }

    [Fact]
    public async Task Non_retriable_errors_and_foreign_exceptions_pass_straight_through()
    {
        var retry = new RetryLogic(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(1), TimeProvider.System);
        var attempts = 0;
        await Assert.ThrowsAsync<ClientException>(() => retry.RunAsync<int>(_ =>
        {
            attempts++;
            throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
        }, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => retry.RunAsync<int>(_ =>
        {
            attempts++;
            throw new InvalidOperationException("user code");
        }, CancellationToken.None));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Success_after_retriable_failures_returns_the_value()
    {
        var retry = new RetryLogic(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(1), TimeProvider.System);
        var attempts = 0;
        var value = await retry.RunAsync(_ => ++attempts < 3 ? throw new ServiceUnavailableException("down") : Task.FromResult(42), CancellationToken.None);
        Assert.Equal((42, 3), (value, attempts));
    }

    [Fact]
    public async Task Cancellation_stops_the_retry_loop()
    {
        using var cts = new CancellationTokenSource();
        var retry = new RetryLogic(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeProvider.System);
        var running = retry.RunAsync<int>(_ => throw new ServiceUnavailableException("down"), cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }
}
