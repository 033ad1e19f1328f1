using Spectre.Console.Testing;
using Tupu.Cli.Rendering;
using Tupu.Domain.Graph;
using Tupu.Storage.Traversal;

namespace Tupu.Cli.Tests.Rendering;

public sealed class EntityCardViewTests
{
    [Fact]
    public void A_large_group_lists_its_first_relationships_and_counts_the_rest()
    {
        var card = Card(mentions: EntityCardView.RelationshipsPerGroup + 1234, uses: 3);

        var text = Render(card, all: false);

        Assert.Contains("<-[MENTIONS]- (1,254)", text, StringComparison.Ordinal);
        Assert.Contains("article-0019", text, StringComparison.Ordinal);
        Assert.DoesNotContain("article-0020", text, StringComparison.Ordinal);
        Assert.Contains("… and 1,234 more relationships (--all lists them)", text, StringComparison.Ordinal);
        Assert.Contains("model-2", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("more relationship", StringComparison.Ordinal));
    }

    [Fact]
    public void All_lists_every_relationship()
    {
        var card = Card(mentions: EntityCardView.RelationshipsPerGroup + 5, uses: 1);

        var text = Render(card, all: true);

        Assert.Contains("article-0024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("more relationship", text, StringComparison.Ordinal);
    }

    private static string Render(EntityCard card, bool all)
    {
        var console = new TestConsole();
        console.Profile.Width = 160;
        EntityCardView.Render(console, card, all);
        return console.Output;
    }

    private static EntityCard Card(int mentions, int uses)
    {
        var company = Node("Company/acme", "Company", "Acme");
        return new EntityCard(
            company,
            "Company",
            "Acme",
            ["Acme"],
            [
                new RelationshipGroup("USES", RelationshipDirection.Outgoing, [.. Enumerable.Range(0, uses).Select(i =>
                    Relationship("USES", company, Node($"Model/m{i}", "Model", $"model-{i}")))]),
                new RelationshipGroup("MENTIONS", RelationshipDirection.Incoming, [.. Enumerable.Range(0, mentions).Select(i =>
                    Relationship("MENTIONS", company, Node($"a-{i}", "Article", $"article-{i:D4}")))]),
            ],
            []);
    }

    private static GraphNode Node(string id, string label, string name) =>
        new(id, [label], new Dictionary<string, object?> { ["name"] = name });

    private static CardRelationship Relationship(string type, GraphNode entity, GraphNode other) =>
        new(new GraphRelationship($"{type}-{other.Id}", type, new GraphNodeRef(entity.Id, entity.Labels), new GraphNodeRef(other.Id, other.Labels), new Dictionary<string, object?>()), other, null, null, [], []);
}
