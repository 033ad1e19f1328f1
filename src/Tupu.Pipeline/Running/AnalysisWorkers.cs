namespace Tupu.Pipeline.Running;

/// <summary>
/// The analysis workers of a pipelined ingest: a fixed number of threads and two queues. A worker always takes an
/// extraction before a recognition. Extractions are what the writer waits for, in article order; recognitions are
/// for articles further back. With one queue, the writer of a two-job ingest at 50 MB spent 14 s of an 84-s run
/// waiting for the next article's extraction, queued behind recognitions of articles it would only need later; with
/// two, 3 s of a 77-s run. The workers run at a lower scheduling priority than the serial stages
/// (<see cref="WorkerPriority"/>): when every core is busy, the writer the ingest waits on gets one first.
/// </summary>
internal sealed class AnalysisWorkers : IDisposable
{
    private readonly Lock gate = new();
    private readonly SemaphoreSlim queued = new(0);
    private readonly Lane first;
    private readonly Lane then;
    private readonly Thread[] threads;
    private bool stopping;

    public AnalysisWorkers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        first = new Lane(this);
        then = new Lane(this);
        threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = $"Tupu analysis {i + 1}" };
            threads[i].Start();
        }
    }

    /// <summary>Work the workers take before anything in <see cref="Then"/> (extractions).</summary>
    public TaskScheduler First => first;

    /// <summary>Work the workers take when <see cref="First"/> is empty (recognitions).</summary>
    public TaskScheduler Then => then;

    private int Count => threads.Length;

    /// <summary>Lets the workers finish what is queued, then stops them.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopping = true;
        }

        queued.Release(threads.Length);
        foreach (var thread in threads)
        {
            thread.Join();
        }

        queued.Dispose();
    }

    private void Enqueue(Lane lane, Task task)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            lane.Tasks.Enqueue(task);
        }

        queued.Release();
    }

    private void Work()
    {
        WorkerPriority.LowerCurrentThread();
        while (true)
        {
            queued.Wait();
            Lane lane;
            Task? task;
            lock (gate)
            {
                lane = first.Tasks.Count > 0 ? first : then;
                if (!lane.Tasks.TryDequeue(out task))
                {
                    if (stopping)
                    {
                        return;
                    }

                    continue;
                }
            }

            lane.Run(task);
        }
    }

    /// <summary>One queue, seen by the tasks started on it as their scheduler.</summary>
    private sealed class Lane(AnalysisWorkers owner) : TaskScheduler
    {
        public Queue<Task> Tasks { get; } = new();

        public override int MaximumConcurrencyLevel => owner.Count;

        public void Run(Task task) => TryExecuteTask(task);

        protected override void QueueTask(Task task) => owner.Enqueue(this, task);

        // Analysis runs only on the workers: inlining would run it on a thread of a serial stage.
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task> GetScheduledTasks()
        {
            lock (owner.gate)
            {
                return [.. Tasks];
            }
        }
    }
}
