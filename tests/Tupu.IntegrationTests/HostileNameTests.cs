using System.Text;
using System.Text.Json;
using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary>
/// Names built to break a query (quotes, backticks, a Cypher injection, control characters, a very long string) travel
/// through ingest and every export as data: the jsonl export gives them back unchanged and the Cypher script holds
/// them only inside escaped string literals.
/// </summary>
public sealed class HostileNameTests
{
    private static readonly string[] Hostile =
    [
        "Evil\"}) MATCH (n) DETACH DELETE n //",
        "Back`tick' Labs",
        "Semi;colon /* Corp */",
        "Slash\\u0000Esc\\ Inc",
        "Long" + new string('x', 5000),
    ];

    [Fact]
    public async Task Hostile_names_arrive_as_data_in_the_store_and_every_export()
    {
        using var directory = new TempDirectory();
        var lexicon = new StringBuilder("id\ttype\tname_en\tname_zh_hans\tname_zh_hant\taliases\tfamily\n");
        var article = new StringBuilder("---\ntitle: Hostile names\npublished: 2025-01-02\n---\n");
        for (var i = 0; i < Hostile.Length; i++)
        {
            lexicon.Append(System.Globalization.CultureInfo.InvariantCulture, $"company/hostile-{i}\tCompany\t{Hostile[i]}\t\t\t\t\n");
            article.Append(System.Globalization.CultureInfo.InvariantCulture, $"According to the filing, {Hostile[i]} uses Qwen3 in production.\n\n");
        }

        var lexiconFile = directory.File("hostile.tsv");
        await File.WriteAllTextAsync(lexiconFile, lexicon.ToString());
        var articleFile = directory.File("hostile.txt");
        await File.WriteAllTextAsync(articleFile, article.ToString());
        var store = directory.File("tupu.db");

        var ingest = await CliRun.RunAsync("ingest", articleFile, "--store", store, "--lexicon", lexiconFile, "--quiet");
        Assert.Equal(0, ingest.ExitCode);

        var jsonl = await CliRun.RunAsync("export", "--store", store);
        var names = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "node" && e.GetProperty("properties").TryGetProperty("name", out _))
            .Select(e => e.GetProperty("properties").GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(Hostile, name => Assert.Contains(name, names));

        var cypher = await CliRun.RunAsync("export", "--format", "cypher", "--store", store);
        Assert.Equal(0, cypher.ExitCode);
        // The injection never stands outside a literal: every occurrence of its keywords is inside an escaped string.
        Assert.DoesNotContain("\"}) MATCH (n) DETACH DELETE n //", cypher.Out, StringComparison.Ordinal);
        Assert.Contains("'Evil\"}) MATCH (n) DETACH DELETE n \\u002F/'", cypher.Out, StringComparison.Ordinal);
        Assert.Contains("'Back`tick\\' Labs'", cypher.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(cypher.Out, c => char.IsControl(c) && c is not ('\n' or '\r'));
        Assert.Contains("'Slash\\\\u0000Esc\\\\ Inc'", cypher.Out, StringComparison.Ordinal);

        var graphml = await CliRun.RunAsync("export", "--format", "graphml", "--store", store);
        var xml = System.Xml.Linq.XDocument.Parse(graphml.Out);
        Assert.Contains(xml.Descendants().Select(e => e.Value), v => v == Hostile[0]);
    }
}
