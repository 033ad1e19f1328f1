using System.Text.Json;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary>From the corpus files, through the real CLI, to exported JSON lines.</summary>
public sealed class CorpusEndToEndTests : IClassFixture<CorpusEndToEndTests.IngestedCorpus>
{
    private readonly IngestedCorpus _corpus;

    public CorpusEndToEndTests(IngestedCorpus corpus)
    {
        _corpus = corpus;
    }

    [Fact]
    public void Every_corpus_article_becomes_one_Article_node()
    {
        var files = Directory.EnumerateFiles(Repository.Articles, "*", SearchOption.AllDirectories)
            .Count(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal(0, _corpus.First.ExitCode);
        Assert.Equal(files, _corpus.Nodes.Count(n => Labels(n).Contains("Article")));
    }

    [Fact]
    public void Lines_follow_apoc_export_json_shape()
    {
        Assert.NotEmpty(_corpus.Lines);
        foreach (var line in _corpus.Lines)
        {
            var type = line.GetProperty("type").GetString();
            Assert.True(type is "node" or "relationship", type);
            Assert.False(string.IsNullOrEmpty(line.GetProperty("id").GetString()));
            if (type == "node")
            {
                Assert.NotEmpty(Labels(line));
                Assert.Equal(line.GetProperty("id").GetString(), line.GetProperty("properties").GetProperty("id").GetString());
            }
            else
            {
                Assert.True(RelationTypes.TryParse(line.GetProperty("label").GetString()!, out _));
                Assert.False(string.IsNullOrEmpty(line.GetProperty("start").GetProperty("id").GetString()));
                Assert.False(string.IsNullOrEmpty(line.GetProperty("end").GetProperty("id").GetString()));
            }
        }
    }

    [Fact]
    public void Entity_nodes_carry_names_aliases_confidence_and_source()
    {
        var entities = _corpus.Nodes.Where(n => !Labels(n).Contains("Article")).ToList();
        Assert.NotEmpty(entities);
        foreach (var node in entities)
        {
            var properties = node.GetProperty("properties");
            Assert.False(string.IsNullOrEmpty(properties.GetProperty("name").GetString()));
            Assert.True(properties.GetProperty("aliases").GetArrayLength() > 0);
            Assert.InRange(properties.GetProperty("confidence").GetDouble(), 0.0, 1.0);
            Assert.Contains(properties.GetProperty("source").GetString(), new[] { "lexicon", "discovered" });
        }
    }

    [Fact]
    public void The_summary_counts_what_the_store_created_by_label_and_type()
    {
        var summary = JsonDocument.Parse(_corpus.First.Out).RootElement;
        var entities = summary.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("type").GetString()!, e => e.GetProperty("created").GetInt32(), StringComparer.Ordinal);
        var claims = summary.GetProperty("relationships").EnumerateArray().ToDictionary(e => e.GetProperty("type").GetString()!, e => e.GetProperty("created").GetInt32(), StringComparer.Ordinal);

        var nodes = _corpus.Nodes.Select(n => Labels(n)[0]).Where(l => l != "Article").GroupBy(l => l, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var structural = new[] { "MENTIONS", "PUBLISHED", "VERSION_OF" };
        var relationships = _corpus.Relationships.Select(r => r.GetProperty("label").GetString()!).Where(t => !structural.Contains(t))
            .GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(nodes.OrderBy(kv => kv.Key, StringComparer.Ordinal), entities.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(relationships.OrderBy(kv => kv.Key, StringComparer.Ordinal), claims.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Nvidia_written_in_three_scripts_is_one_node_with_all_three_names()
    {
        var nvidia = _corpus.Nodes.Where(n => Labels(n).Contains("Company"))
            .Where(n => Aliases(n).Contains("Nvidia", StringComparer.OrdinalIgnoreCase))
            .ToList();
        var node = Assert.Single(nvidia);
        var aliases = Aliases(node);
        Assert.Contains("英伟达", aliases);
        Assert.Contains(aliases, a => a is "英偉達" or "輝達");
    }

    [Fact]
    public void Semantic_relationships_respect_the_schema_and_carry_evidence()
    {
        var labelsById = _corpus.Nodes.ToDictionary(n => n.GetProperty("id").GetString()!, Labels, StringComparer.Ordinal);
        var semantic = _corpus.Relationships
            .Select(r => (Line: r, Type: RelationTypes.Parse(r.GetProperty("label").GetString()!)))
            .Where(r => r.Type.IsSemantic() && r.Type != RelationType.VersionOf)
            .ToList();
        Assert.NotEmpty(semantic);
        foreach (var (line, type) in semantic)
        {
            var start = Enum.Parse<EntityType>(labelsById[line.GetProperty("start").GetProperty("id").GetString()!][0]);
            var end = Enum.Parse<EntityType>(labelsById[line.GetProperty("end").GetProperty("id").GetString()!][0]);
            Assert.True(type.Allows(start, end), $"{type} {start}->{end}");
            var properties = line.GetProperty("properties");
            Assert.Contains(properties.GetProperty("certainty").GetString(), new[] { "asserted", "speculated", "negated" });
            Assert.True(properties.GetProperty("evidence").GetArrayLength() > 0);
            Assert.True(properties.GetProperty("articles").GetArrayLength() > 0);
            Assert.True(properties.GetProperty("support").GetInt64() >= 1);
        }
    }

    [Fact]
    public void Negated_claims_are_stored_as_negated()
    {
        var negated = _corpus.Relationships
            .Where(r => r.GetProperty("properties").TryGetProperty("certainty", out var c) && c.GetString() == "negated")
            .ToList();
        Assert.NotEmpty(negated);
        Assert.All(negated, r => Assert.NotEqual("MENTIONS", r.GetProperty("label").GetString()));
    }

    [Fact]
    public void Ingesting_the_same_corpus_again_changes_nothing()
    {
        Assert.Equal(0, _corpus.Second.ExitCode);
        using var summary = JsonDocument.Parse(_corpus.Second.Out);
        Assert.Equal(0, summary.RootElement.GetProperty("ingested").GetInt32());
        Assert.True(summary.RootElement.GetProperty("unchanged").GetInt32() > 0);
        Assert.Equal(_corpus.Export, _corpus.ExportAfterSecondRun);
    }

    [Fact]
    public async Task Show_prints_the_same_card_for_a_name_in_each_script()
    {
        var cards = new List<string>();
        foreach (var name in new[] { "英伟达", "英偉達", "Nvidia", "NVIDIA" })
        {
            var run = await CliRun.RunAsync("show", name, "--store", _corpus.Store, "--json");
            Assert.Equal(0, run.ExitCode);
            cards.Add(run.Out);
        }

        Assert.All(cards, card => Assert.Equal(cards[0], card));
        using var card = JsonDocument.Parse(cards[0]);
        Assert.Equal("Company", card.RootElement.GetProperty("label").GetString());
        Assert.NotEmpty(card.RootElement.GetProperty("relationships").EnumerateArray());
    }

    [Fact]
    public async Task Show_renders_a_readable_card_with_evidence()
    {
        var run = await CliRun.RunAsync("show", "Qwen", "--store", _corpus.Store);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("aliases:", run.Console, StringComparison.Ordinal);
        Assert.Contains("通义千问", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbors_and_path_traverse_the_embedded_store()
    {
        var neighbors = await CliRun.RunAsync("neighbors", "英伟达", "--depth", "2", "--store", _corpus.Store, "--json");
        Assert.Equal(0, neighbors.ExitCode);
        using var list = JsonDocument.Parse(neighbors.Out);
        var found = list.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(found);
        Assert.Contains(found, n => n.GetProperty("depth").GetInt32() == 2);

        var farthest = found.First(n => n.GetProperty("depth").GetInt32() == 2).GetProperty("id").GetString()!;
        var path = await CliRun.RunAsync("path", "Nvidia", farthest, "--max-depth", "2", "--store", _corpus.Store, "--json");
        Assert.Equal(0, path.ExitCode);
        using var paths = JsonDocument.Parse(path.Out);
        var first = paths.RootElement.EnumerateArray().First();
        Assert.Equal(2, first.GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_names_are_a_clear_error()
    {
        var run = await CliRun.RunAsync("show", "No Such Entity Anywhere", "--store", _corpus.Store);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No Such Entity Anywhere", run.Error, StringComparison.Ordinal);
    }

    private static string[] Labels(JsonElement node) => [.. node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];

    private static string[] Aliases(JsonElement node) => [.. node.GetProperty("properties").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];

    /// <summary>The corpus ingested once (and a second time) into a temporary store, exported as jsonl.</summary>
    public sealed class IngestedCorpus : IAsyncLifetime, IDisposable
    {
        private readonly TempDirectory _directory = new();

        public string Store => _directory.File("tupu.db");

        public CliRun First { get; private set; } = null!;

        public CliRun Second { get; private set; } = null!;

        public string Export { get; private set; } = string.Empty;

        public string ExportAfterSecondRun { get; private set; } = string.Empty;

        public IReadOnlyList<JsonElement> Lines { get; private set; } = [];

        public IEnumerable<JsonElement> Nodes => Lines.Where(l => l.GetProperty("type").GetString() == "node");

        public IEnumerable<JsonElement> Relationships => Lines.Where(l => l.GetProperty("type").GetString() == "relationship");

        public async Task InitializeAsync()
        {
            var store = Store;
            First = await CliRun.RunAsync("ingest", Repository.Articles, "--store", store, "--json");
            Export = (await CliRun.RunAsync("export", "--format", "jsonl", "--store", store)).Out;
            Second = await CliRun.RunAsync("ingest", Repository.Articles, "--store", store, "--json");
            ExportAfterSecondRun = (await CliRun.RunAsync("export", "--format", "jsonl", "--store", store)).Out;
            Lines = [.. Export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _directory.Dispose();
    }
}
