using Tupu.Pipeline.Running;
using Xunit;

namespace Tupu.Pipeline.Tests.Running;

public sealed class TextWindowTests
{
    [Fact]
    public async Task A_reader_enters_while_there_is_room_and_waits_when_the_window_is_full()
    {
        var window = new TextWindow(100);
        await window.EnterAsync(60, CancellationToken.None);
        await window.EnterAsync(40, CancellationToken.None);

        var third = window.EnterAsync(1, CancellationToken.None);
        Assert.False(third.IsCompleted);

        window.Leave(40);
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(61, window.InFlight);
    }

    [Fact]
    public async Task An_article_larger_than_the_window_enters_alone_once_the_window_is_empty()
    {
        var window = new TextWindow(100);
        await window.EnterAsync(10, CancellationToken.None);

        var large = window.EnterAsync(5_000, CancellationToken.None);
        Assert.False(large.IsCompleted);

        window.Leave(10);
        await large.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(100, window.InFlight);
        Assert.False(window.EnterAsync(1, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_waiting_reader_is_let_in_only_when_its_article_fits()
    {
        var window = new TextWindow(100);
        await window.EnterAsync(50, CancellationToken.None);
        await window.EnterAsync(50, CancellationToken.None);

        var next = window.EnterAsync(80, CancellationToken.None);
        window.Leave(50);
        Assert.False(next.IsCompleted);

        window.Leave(50);
        await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(80, window.InFlight);
    }

    [Fact]
    public async Task Waiting_to_enter_can_be_cancelled()
    {
        var window = new TextWindow(10);
        await window.EnterAsync(10, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = window.EnterAsync(1, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void Leaving_more_than_is_in_flight_is_a_defect()
    {
        var window = new TextWindow(100);
        Assert.Throws<InvalidOperationException>(() => window.Leave(1));
    }

    [Fact]
    public async Task Articles_left_on_other_threads_never_overfill_the_window()
    {
        const long capacity = 1_000;
        var window = new TextWindow(capacity);
        var random = new Random(3);
        var sizes = Enumerable.Range(0, 2_000).Select(_ => (long)random.Next(0, 1_500)).ToArray();
        var overfilled = 0;
        var leaving = new List<Task>();
        foreach (var size in sizes)
        {
            await window.EnterAsync(size, CancellationToken.None);
            if (window.InFlight > capacity)
            {
                Interlocked.Increment(ref overfilled);
            }

            leaving.Add(Task.Run(async () =>
            {
                await Task.Yield();
                window.Leave(size);
            }));
        }

        await Task.WhenAll(leaving);
        Assert.Equal(0, overfilled);
        Assert.Equal(0, window.InFlight);
    }
}
