using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default)
    {
        var entities = new List<Entity>();
        await foreach (var entity in StreamEntitiesAsync(cancellationToken))
        {
            entities.Add(entity);
        }

        return [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    /// <remarks>Label by label, as the server returns the nodes (<see cref="ReadEntitiesAsync"/> sorts them by id).</remarks>
    public async IAsyncEnumerable<Entity> StreamEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var node in ReadNodesAsync(cancellationToken))
        {
            if (Enum.TryParse<EntityType>(node.Labels[0], ignoreCase: false, out var type))
            {
                yield return ToEntity(node, type);
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = OpenSession();
        foreach (var label in Labels.All.Order(StringComparer.Ordinal))
        {
            var cursor = await session.RunAsync(ReadStatements.Nodes(label).Text, null, cancellationToken);
            while (await cursor.FetchAsync(cancellationToken))
            {
                var record = cursor.Current;
                yield return new GraphNode((string)record["id"]!, [label], PlainValues.Properties(record["properties"]));
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = OpenSession();
        foreach (var type in RelationTypes.All.OrderBy(t => t.SchemaName(), StringComparer.Ordinal))
        {
            var cursor = await session.RunAsync(ReadStatements.Relationships(type).Text, null, cancellationToken);
            while (await cursor.FetchAsync(cancellationToken))
            {
                var record = cursor.Current;
                yield return new GraphRelationship(
                    record["id"] as string ?? string.Empty,
                    type.SchemaName(),
                    new GraphNodeRef(record["start"] as string ?? string.Empty, StringList(record["startLabels"])),
                    new GraphNodeRef(record["end"] as string ?? string.Empty, StringList(record["endLabels"])),
                    PlainValues.Properties(record["properties"]));
            }
        }
    }

    private static Entity ToEntity(GraphNode node, EntityType type)
    {
        var p = node.Properties;
        string? Text(string key) => p.TryGetValue(key, out var v) ? v as string : null;
        var aliases = p.TryGetValue("aliases", out var a) && a is IEnumerable<string> list ? list : [];
        var confidence = p.TryGetValue("confidence", out var c) && c is not null ? Convert.ToDouble(c, CultureInfo.InvariantCulture) : 0.0;
        return new Entity(
            node.Id,
            type,
            Text("name") ?? node.Id,
            Text("nameEn"),
            Text("nameZh"),
            [.. aliases.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            confidence,
            string.Equals(Text("source"), "lexicon", StringComparison.Ordinal) ? EntitySource.Lexicon : EntitySource.Discovered,
            Text("family"));
    }

    private static ImmutableArray<string> StringList(object? value) =>
        value is System.Collections.IEnumerable list and not string ? [.. list.OfType<string>()] : [];
}
