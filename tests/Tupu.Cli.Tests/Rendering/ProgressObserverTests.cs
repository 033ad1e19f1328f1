using Spectre.Console;
using Tupu.Cli.Rendering;

namespace Tupu.Cli.Tests.Rendering;

public sealed class ProgressObserverTests
{
    [Fact]
    public void Counts_bytes_articles_and_files_with_a_large_file_counted_once()
    {
        var task = new ProgressTask(1, "starting", 1);
        var observer = new ProgressObserver(task);

        observer.Discovered(2, 3000);
        observer.Finished("news/big.txt", 1000);
        observer.Finished("news/big.txt", 1000);
        observer.Finished("news/small.txt", 1000);

        Assert.Equal(3000, task.MaxValue);
        Assert.Equal(3000, task.Value);
        Assert.Equal("3 articles · file 2/2 small.txt", task.Description);
    }
}
