namespace Tupu.Pipeline.Benchmarking;

/// <summary>
/// The largest working set of this process while the sampler is alive, read every 50 ms. The process's own peak counts
/// everything since it started (the bench writes its corpus first); this one counts only what it watched.
/// </summary>
public sealed class WorkingSetSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public WorkingSetSampler()
    {
        _peak = Environment.WorkingSet;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    /// <summary>The largest working set seen so far, in bytes, this moment included.</summary>
    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = Environment.WorkingSet;
        var peak = Interlocked.Read(ref _peak);
        while (now > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peak, now, peak);
            if (seen == peak)
            {
                return;
            }

            peak = seen;
        }
    }
}
