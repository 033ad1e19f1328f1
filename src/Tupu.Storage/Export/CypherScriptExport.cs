using System.Text;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Schema;

namespace Tupu.Storage.Export;

/// <summary>
/// A Cypher script for `cypher-shell -f` or Neo4j Browser: graph-schema's constraints and indexes first, then nodes and relationships in
/// UNWIND batches that MERGE on id (running it twice changes nothing). Labels and types come only from the schema's
/// closed vocabulary; every value is a literal built by <see cref="CypherLiteral"/>.
/// </summary>
internal static class CypherScriptExport
{
    public const int BatchSize = 500;

    public static async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken ct)
    {
        await output.WriteAsync("// Tupu graph export. Run: cypher-shell -f FILE (or paste into Neo4j Browser).\n".AsMemory(), ct);
        await output.WriteAsync("// Schema first: graph-schema/constraints.cypher, then graph-schema/indexes.cypher.\n".AsMemory(), ct);
        foreach (var statement in GraphSchema.AllStatements)
        {
            await output.WriteAsync((statement.Trim() + ";\n").AsMemory(), ct);
        }

        var batch = new List<string>(BatchSize);
        string? batchLabels = null;
        await foreach (var node in store.ReadNodesAsync(ct))
        {
            var labels = string.Join(':', node.Labels.Select(Labels.Checked));
            if (batchLabels is not null && (!string.Equals(labels, batchLabels, StringComparison.Ordinal) || batch.Count == BatchSize))
            {
                await WriteNodeBatchAsync(output, batchLabels, batch, ct);
            }

            batchLabels = labels;
            batch.Add(NodeRow(node));
        }

        if (batchLabels is not null)
        {
            await WriteNodeBatchAsync(output, batchLabels, batch, ct);
        }

        await WriteRelationshipsAsync(store, output, ct);
    }

    /// <summary>Relationships arrive ordered by type; rows wait per (start label, end label) until a batch is full.</summary>
    private static async Task WriteRelationshipsAsync(IGraphStore store, TextWriter output, CancellationToken ct)
    {
        var pending = new SortedDictionary<(string Type, string Start, string End), List<string>>();
        string? currentType = null;
        await foreach (var relationship in store.ReadRelationshipsAsync(ct))
        {
            var type = RelationTypes.Parse(relationship.Type).SchemaName();
            if (currentType is not null && !string.Equals(type, currentType, StringComparison.Ordinal))
            {
                await FlushAllAsync(output, pending, ct);
            }

            currentType = type;
            var key = (type, string.Join(':', relationship.Start.Labels.Select(Labels.Checked)), string.Join(':', relationship.End.Labels.Select(Labels.Checked)));
            if (!pending.TryGetValue(key, out var rows))
            {
                rows = new List<string>(BatchSize);
                pending[key] = rows;
            }

            rows.Add(RelationshipRow(relationship));
            if (rows.Count == BatchSize)
            {
                await WriteRelationshipBatchAsync(output, key, rows, ct);
            }
        }

        await FlushAllAsync(output, pending, ct);
    }

    private static async Task FlushAllAsync(TextWriter output, SortedDictionary<(string Type, string Start, string End), List<string>> pending, CancellationToken ct)
    {
        foreach (var (key, rows) in pending)
        {
            await WriteRelationshipBatchAsync(output, key, rows, ct);
        }

        pending.Clear();
    }

    private static string NodeRow(GraphNode node)
    {
        var row = new StringBuilder("{id: ");
        CypherLiteral.AppendString(row, node.Id);
        row.Append(", props: ");
        CypherLiteral.AppendMap(row, PropertyValues.Ordered(node.Properties));
        return row.Append('}').ToString();
    }

    private static string RelationshipRow(GraphRelationship relationship)
    {
        var row = new StringBuilder("{id: ");
        CypherLiteral.AppendString(row, relationship.Id);
        row.Append(", startId: ");
        CypherLiteral.AppendString(row, relationship.Start.Id);
        row.Append(", endId: ");
        CypherLiteral.AppendString(row, relationship.End.Id);
        row.Append(", props: ");
        CypherLiteral.AppendMap(row, PropertyValues.Ordered(relationship.Properties));
        return row.Append('}').ToString();
    }

    private static async Task WriteNodeBatchAsync(TextWriter output, string labels, List<string> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // MERGE on the first label (the one with the uniqueness constraint); any further labels are added.
        var parts = labels.Split(':');
        var extra = parts.Length > 1 ? $" SET n:{string.Join(':', parts[1..])}" : "";
        await WriteUnwindAsync(output, rows, $"MERGE (n:{parts[0]} {{id: row.id}}){extra} SET n += row.props;\n", ct);
    }

    private static async Task WriteRelationshipBatchAsync(TextWriter output, (string Type, string Start, string End) key, List<string> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var start = key.Start.Split(':')[0];
        var end = key.End.Split(':')[0];
        await WriteUnwindAsync(
            output,
            rows,
            $"MATCH (a:{start} {{id: row.startId}}) MATCH (b:{end} {{id: row.endId}}) MERGE (a)-[r:{key.Type} {{id: row.id}}]->(b) SET r += row.props;\n",
            ct);
    }

    private static async Task WriteUnwindAsync(TextWriter output, List<string> rows, string body, CancellationToken ct)
    {
        await output.WriteAsync("UNWIND [\n".AsMemory(), ct);
        for (var i = 0; i < rows.Count; i++)
        {
            await output.WriteAsync(("  " + rows[i] + (i + 1 < rows.Count ? ",\n" : "\n")).AsMemory(), ct);
        }

        await output.WriteAsync("] AS row\n".AsMemory(), ct);
        await output.WriteAsync(body.AsMemory(), ct);
        rows.Clear();
    }
}
