namespace Tupu.Pipeline.Running;

/// <summary>
/// How much article text a pipelined ingest has in flight, from the reader to the writer, counted in characters. The
/// reader enters each article before starting its recognition and waits while the window is full; the writer leaves
/// it once the article is stored. What an article costs in memory on its way (its recognition, its graph batch)
/// grows with its text, so counting articles alone bounded nothing when articles were large: 24 files of about 1 MB
/// each peaked at 369 MiB with two jobs. An article larger than the window enters it alone, once it is empty.
/// </summary>
/// <remarks>One reader enters at a time; leaving may happen on any thread.</remarks>
internal sealed class TextWindow
{
    private readonly Lock gate = new();
    private readonly long capacity;
    private long inFlight;
    private Waiting? waiting;

    public TextWindow(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
    }

    /// <summary>Characters entered and not yet left, each article counted at most at the window's capacity.</summary>
    public long InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight;
            }
        }
    }

    /// <summary>Completes when the window has room for <paramref name="chars"/> characters and has taken them.</summary>
    public Task EnterAsync(long chars, CancellationToken cancellationToken)
    {
        var share = ShareOf(chars);
        lock (gate)
        {
            if (waiting is not null)
            {
                throw new InvalidOperationException("Only one reader may wait to enter the window at a time.");
            }

            if (inFlight + share <= capacity)
            {
                inFlight += share;
                return Task.CompletedTask;
            }

            waiting = new Waiting(share, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            return waiting.Entered.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Gives back what an article of <paramref name="chars"/> characters took, letting a waiting reader in when it fits.</summary>
    public void Leave(long chars)
    {
        var share = ShareOf(chars);
        TaskCompletionSource? admitted = null;
        lock (gate)
        {
            if (share > inFlight)
            {
                throw new InvalidOperationException($"Leaving {share} characters, but only {inFlight} are in flight.");
            }

            inFlight -= share;
            if (waiting is { } next && inFlight + next.Share <= capacity)
            {
                inFlight += next.Share;
                admitted = next.Entered;
                waiting = null;
            }
        }

        admitted?.TrySetResult();
    }

    private long ShareOf(long chars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chars);
        return Math.Min(chars, capacity);
    }

    private sealed record Waiting(long Share, TaskCompletionSource Entered);
}
