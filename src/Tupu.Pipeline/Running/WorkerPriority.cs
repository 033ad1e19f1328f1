using System.Runtime.InteropServices;

namespace Tupu.Pipeline.Running;

/// <summary>
/// The scheduling priority of the analysis workers, below that of the serial stages (the resolver, the writer), so
/// that when every core is busy the stage the whole ingest waits on is not the one that waits for a core. On Linux
/// .NET ignores <see cref="Thread.Priority"/>, so the worker's own thread is given a nice value; elsewhere the
/// thread priority is lowered. Best effort: a system that refuses leaves the priority as it was.
/// </summary>
internal static partial class WorkerPriority
{
    /// <summary>
    /// How far an analysis worker's nice value lies above that of the thread that starts it, on Linux (nice values run
    /// from -20 to 19, higher is lower priority). At 50 MB the writer of a two-job ingest was inside a write for 97 % of
    /// the run and got about half a core; with the workers 10 lower the two-job run took 14.8 s instead of 15.4–15.6 s,
    /// and 19 did no better (one process per setting, after a warm-up).
    /// </summary>
    public const int LinuxNiceAbove = 10;

    private const int PrioProcess = 0;
    private const int LowestNice = 19;

    /// <summary>
    /// Lowers the calling thread's priority (on Linux, <see cref="LinuxNiceAbove"/> above its nice value, at most to the
    /// lowest). Returns whether the system accepted it.
    /// </summary>
    public static bool LowerCurrentThread()
    {
        if (OperatingSystem.IsLinux())
        {
            // PRIO_PROCESS with a thread id sets that one thread's nice value (Linux threads are scheduled on their own).
            return CurrentLinuxNice() is { } nice && SetPriority(PrioProcess, GetThreadId(), Math.Min(LowestNice, nice + LinuxNiceAbove)) == 0;
        }

        Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        return true;
    }

    /// <summary>The calling thread's nice value on Linux (for tests), or null elsewhere.</summary>
    public static int? CurrentLinuxNice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        Marshal.SetLastPInvokeError(0);
        var nice = GetPriority(PrioProcess, GetThreadId());
        return nice == -1 && Marshal.GetLastPInvokeError() != 0 ? null : nice;
    }

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
