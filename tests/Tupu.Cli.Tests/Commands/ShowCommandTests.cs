using System.Globalization;

namespace Tupu.Cli.Tests.Commands;

public sealed class ShowCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tupu-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_card_counts_what_it_does_not_list_and_all_lists_everything()
    {
        var articles = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articles);
        for (var i = 0; i < 22; i++)
        {
            await File.WriteAllTextAsync(
                Path.Combine(articles, string.Create(CultureInfo.InvariantCulture, $"{i:D2}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"---\ntitle: Chip report {i}\n---\nNvidia shipped {i + 1} thousand accelerators this quarter, the company said.\n"));
        }

        var store = Path.Combine(folder, "tupu.db");
        Assert.Equal(0, (await Run.Tupu("ingest", articles, "--store", store, "--quiet")).ExitCode);

        var card = await Run.Tupu("show", "Nvidia", "--store", store);
        var all = await Run.Tupu("show", "Nvidia", "--store", store, "--all");

        Assert.Equal(0, card.ExitCode);
        Assert.Contains("<-[MENTIONS]- (22)", card.Console, StringComparison.Ordinal);
        Assert.Contains("… and 2 more relationships (--all lists them)", card.Console, StringComparison.Ordinal);
        Assert.Equal(0, all.ExitCode);
        Assert.DoesNotContain("more relationship", all.Console, StringComparison.Ordinal);
        Assert.Equal(22, all.Console.Split('\n').Count(line => line.Contains("Chip report", StringComparison.Ordinal)));
    }
}
