using Humanizer;
using Spectre.Console;
using Tupu.Pipeline.Running;

namespace Tupu.Cli.Rendering;

/// <summary>
/// Feeds a Spectre.Console progress task: bytes done of total (so MB/s and ETA are real), articles done, files done of
/// total, and the current file. A large file counts once however many parts it is read in.
/// </summary>
internal sealed class ProgressObserver(ProgressTask task) : IIngestObserver
{
    private readonly Lock _gate = new();
    private int _articles;
    private int _files;
    private int _total;
    private string? _current;

    public void Discovered(int inputs, long bytes)
    {
        lock (_gate)
        {
            _total = inputs;
            task.MaxValue = Math.Max(1, bytes);
            task.Description = Markup.Escape($"{"file".ToQuantity(inputs)} to read");
        }
    }

    public void Finished(string source, long bytes)
    {
        lock (_gate)
        {
            _articles++;
            if (!string.Equals(source, _current, StringComparison.Ordinal))
            {
                _files++;
                _current = source;
            }

            task.Increment(bytes);
            var name = Path.GetFileName(source);
            task.Description = Markup.Escape(
                $"{"article".ToQuantity(_articles)} · file {Math.Min(_files, _total)}/{_total} {(name.Length > 32 ? name[..32] : name)}");
        }
    }
}
