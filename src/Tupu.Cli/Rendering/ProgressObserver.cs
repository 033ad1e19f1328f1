using Spectre.Console;
using Tupu.Pipeline.Running;

namespace Tupu.Cli.Rendering;

/// <summary>Feeds a Spectre.Console progress task: bytes done of total (so MB/s and ETA are real), and the current file.</summary>
internal sealed class ProgressObserver(ProgressTask task) : IIngestObserver
{
    private readonly Lock _gate = new();
    private int _done;
    private int _total;

    public void Discovered(int inputs, long bytes)
    {
        lock (_gate)
        {
            _total = inputs;
            task.MaxValue = Math.Max(1, bytes);
            Describe("starting");
        }
    }

    public void Finished(string source, long bytes)
    {
        lock (_gate)
        {
            _done++;
            task.Increment(bytes);
            Describe(source);
        }
    }

    private void Describe(string source)
    {
        var name = Path.GetFileName(source);
        task.Description = Markup.Escape($"{Math.Min(_done, _total)}/{_total} {(name.Length > 40 ? name[..40] : name)}");
    }
}
