using Tupu.Storage.Tests.Support;
using System.Collections;
using System.Collections.Immutable;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Storage.Neo4j;
using Xunit;
using static Tupu.Storage.Tests.Neo4j.Batches;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>Hostile names travel only as parameters: every text sent is one of the fixed statements.</summary>
public sealed class Neo4jGraphStoreSecurityTests
{
    public static TheoryData<string> Hostile() => [.. HostileNames.All];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_values_in_every_field_arrive_as_parameters_only(string hostile)
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var person = new Entity("person/" + hostile, EntityType.Person, hostile, hostile, hostile, [hostile, "x"], 0.5, EntitySource.Discovered);
        var company = new Entity("company/" + hostile, EntityType.Company, hostile, null, null, [hostile], 1, EntitySource.Lexicon);
        var outlet = new Entity("outlet/" + hostile, EntityType.MediaOutlet, hostile, null, null, [], 1, EntitySource.Lexicon);
        var relation = new Relation(
            RelationType.WorksFor, person.Id, company.Id, Certainty.Asserted, 0.9,
            new Evidence("a-" + hostile, hostile, new TextSpan(0, 5), hostile, Published),
            AttributedTo: hostile, Role: hostile, Current: false);
        var batch = new GraphBatch(
            new ArticleRecord("a-" + hostile, hostile, hostile, hostile, hostile, hostile, Published, hostile, hostile),
            outlet.Id,
            [person, company, outlet],
            [person.Id, company.Id],
            [relation]);

        await store.WriteAsync(batch);

        AssertOnlyKnownStatements(driver, hostile);
        var sent = driver.Queries.SelectMany(q => Flatten(q.Parameters)).OfType<string>().ToList();
        Assert.Contains(person.Id, sent);
        Assert.Contains("a-" + hostile, sent);
        Assert.Contains(hostile, sent);
        var claim = Assert.Single(Assert.Single(driver.Named("claim.merge.WORKS_FOR.Person.Company")).Rows);
        Assert.Equal(hostile, claim["role"]);
        Assert.Equal(new object?[] { hostile }, (IEnumerable<object?>)claim["evidence"]!);
        Assert.Equal(new object?[] { hostile }, (IEnumerable<object?>)claim["attributedTo"]!);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_values_pushed_from_another_store_arrive_as_parameters_only(string hostile)
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var source = new InMemoryGraphStore(
            [new GraphNode("company/" + hostile, ["Company"], new Dictionary<string, object?> { ["name"] = hostile, [hostile] = hostile, ["aliases"] = new[] { hostile } })],
            [new GraphRelationship("r-" + hostile, "USES", new GraphNodeRef("company/" + hostile, ["Company"]), new GraphNodeRef("model/" + hostile, ["Model"]),
                new Dictionary<string, object?> { ["evidence"] = new[] { hostile } })]);

        await store.PushAsync(source, 10, null, CancellationToken.None);

        AssertOnlyKnownStatements(driver, hostile);
        var node = Assert.Single(Assert.Single(driver.Named("push.node.Company")).Rows);
        var properties = (IReadOnlyDictionary<string, object?>)node["properties"]!;
        Assert.Equal(hostile, properties[hostile]);
        Assert.Equal(hostile, properties["name"]);
    }

    [Theory]
    [InlineData("Company`) DETACH DELETE (n")]
    [InlineData("Company:Model")]
    [InlineData("company")]
    [InlineData("")]
    public async Task Labels_outside_the_schema_are_refused_before_anything_is_sent(string label)
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var source = new InMemoryGraphStore([new GraphNode("x", [label], new Dictionary<string, object?>())], []);

        var error = await Assert.ThrowsAsync<TupuException>(() => store.PushAsync(source, 10, null, CancellationToken.None));

        Assert.Equal(ErrorCode.UnknownLabel, error.Code);
        Assert.Empty(driver.Queries);
    }

    [Theory]
    [InlineData("USES]->() DETACH DELETE n //")]
    [InlineData("uses")]
    [InlineData("OWNS")]
    public async Task Relationship_types_outside_the_schema_are_refused(string type)
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var source = new InMemoryGraphStore(
            [],
            [new GraphRelationship("r-1", type, new GraphNodeRef("a", ["Company"]), new GraphNodeRef("b", ["Model"]), new Dictionary<string, object?>())]);

        var error = await Assert.ThrowsAsync<TupuException>(() => store.PushAsync(source, 10, null, CancellationToken.None));

        Assert.Equal(ErrorCode.UnknownRelationshipType, error.Code);
        Assert.Empty(driver.Queries);
    }

    private static void AssertOnlyKnownStatements(RecordingDriver driver, string hostile)
    {
        var known = Neo4jStatements.All.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(driver.Queries);
        Assert.All(driver.Queries, q =>
        {
            Assert.Contains(q.Text, known);
            Assert.DoesNotContain(hostile, q.Text, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<object?> Flatten(object? value) => value switch
    {
        string s => [s],
        IReadOnlyDictionary<string, object?> map => map.Keys.Cast<object?>().Concat(map.Values.SelectMany(Flatten)),
        IEnumerable list => list.Cast<object?>().SelectMany(Flatten),
        _ => [value],
    };
}
