using Tupu.Pipeline.Running;
using Xunit;

namespace Tupu.Pipeline.Tests.Running;

public sealed class AnalysisWorkersTests
{
    [Fact]
    public async Task A_worker_takes_queued_first_work_before_earlier_queued_later_work()
    {
        var order = new List<string>();
        using var release = new ManualResetEventSlim();
        Task blocker, first;
        var later = new List<Task>();
        using (var workers = new AnalysisWorkers(1))
        {
            // The only worker is busy, so everything below waits in the queues.
            blocker = Start(workers.Then, () => release.Wait());
            for (var i = 0; i < 3; i++)
            {
                var name = $"recognise {i}";
                later.Add(Start(workers.Then, () => Record(name)));
            }

            first = Start(workers.First, () => Record("extract"));
            release.Set();
            await Task.WhenAll([blocker, first, .. later]);
        }

        Assert.Equal(["extract", "recognise 0", "recognise 1", "recognise 2"], order);

        void Record(string name)
        {
            lock (order)
            {
                order.Add(name);
            }
        }
    }

    [Fact]
    public void Disposing_runs_what_is_queued_then_stops_the_threads()
    {
        var ran = 0;
        var tasks = new List<Task>();
        using (var workers = new AnalysisWorkers(2))
        {
            for (var i = 0; i < 50; i++)
            {
                tasks.Add(Start(i % 2 == 0 ? workers.First : workers.Then, () => Interlocked.Increment(ref ran)));
            }
        }

        Assert.Equal(50, ran);
        Assert.All(tasks, t => Assert.True(t.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task Work_runs_on_the_workers_own_threads()
    {
        using var workers = new AnalysisWorkers(2);

        var names = await Task.WhenAll(ThreadNameOn(workers.First), ThreadNameOn(workers.Then));

        Assert.All(names, name => Assert.StartsWith("Tupu analysis", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workers_run_below_the_priority_of_the_threads_that_start_their_work()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Elsewhere the thread priority is lowered, which the runtime does not read back per OS thread.
        }

        using var workers = new AnalysisWorkers(2);
        var starter = WorkerPriority.CurrentLinuxNice();

        // Continuations run elsewhere, as in the ingest: the test's own thread must not become a worker's.
        var nices = await Task.WhenAll(NiceOn(workers.First), NiceOn(workers.Then));

        Assert.NotNull(starter);
        Assert.All(nices, nice => Assert.Equal(Math.Min(19, starter.Value + WorkerPriority.LinuxNiceAbove), nice));
        Assert.Equal(starter, WorkerPriority.CurrentLinuxNice());
    }

    private static Task<int?> NiceOn(TaskScheduler lane) =>
        Task.Factory.StartNew(WorkerPriority.CurrentLinuxNice, CancellationToken.None, TaskCreationOptions.RunContinuationsAsynchronously, lane);

    private static Task<string> ThreadNameOn(TaskScheduler lane) =>
        Task.Factory.StartNew(() => Thread.CurrentThread.Name ?? "", CancellationToken.None, TaskCreationOptions.None, lane);

    private static Task Start(TaskScheduler lane, Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.None, lane);
}
