using Tupu.Domain;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Copies every node, then every relationship, of <paramref name="source"/> (the embedded store, for
    /// <c>tupu push</c>) into Neo4j: property maps as the source computed them, merged on id, one transaction per
    /// batch of <paramref name="batchSize"/> rows, properties set only where they differ (pushing twice reports zero
    /// changes). Labels and types outside the schema are rejected (<see cref="TupuException"/>, UnknownLabel /
    /// UnknownRelationshipType / InvalidEndpoint) before anything of their batch is sent.
    /// </summary>
    /// <param name="progress">Receives the number of nodes and relationships written so far, after each batch.</param>
    public async Task<PushResult> PushAsync(IGraphStore source, int batchSize, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (batchSize <= 0)
        {
            throw new TupuException(ErrorCode.InvalidArgument, $"The batch size must be positive (was {batchSize}).");
        }

        var push = new Push(this, batchSize, progress, cancellationToken);
        long nodes = 0;
        await foreach (var node in source.ReadNodesAsync(cancellationToken))
        {
            var label = Labels.Checked(node.Labels.Count == 1 ? node.Labels[0] : string.Join(':', node.Labels));
            await push.AddAsync(PushStatements.Node(label), Row(node.Id, null, null, node.Properties));
            nodes++;
        }

        await push.FlushAllAsync();
        long relationships = 0;
        await foreach (var rel in source.ReadRelationshipsAsync(cancellationToken))
        {
            var type = RelationTypes.Parse(rel.Type);
            var start = Labels.Checked(rel.Start.Labels.Count == 1 ? rel.Start.Labels[0] : string.Join(':', rel.Start.Labels));
            var end = Labels.Checked(rel.End.Labels.Count == 1 ? rel.End.Labels[0] : string.Join(':', rel.End.Labels));
            if (!PushStatements.Allows(type, start, end))
            {
                throw new TupuException(ErrorCode.InvalidEndpoint, $"Relationship {rel.Id}: {rel.Type} may not join {start} to {end}.");
            }

            await push.AddAsync(PushStatements.Relationship(type, start, end), Row(rel.Id, rel.Start.Id, rel.End.Id, rel.Properties));
            relationships++;
        }

        await push.FlushAllAsync();
        return new PushResult(nodes, relationships, push.Transactions, push.Counters);
    }

    private static Dictionary<string, object?> Row(string id, string? start, string? end, IReadOnlyDictionary<string, object?> properties)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is not null)
            {
                values[key] = PlainValues.ToParameter(value);
            }
        }

        values["id"] = id;
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id, ["properties"] = values };
        if (start is not null)
        {
            row["start"] = start;
            row["end"] = end;
        }

        return row;
    }

    /// <summary>Rows buffered per statement; a full buffer is written in its own transaction.</summary>
    private sealed class Push(Neo4jGraphStore store, int batchSize, IProgress<int>? progress, CancellationToken ct)
    {
        private readonly Dictionary<string, (CypherStatement Statement, List<Dictionary<string, object?>> Rows)> buffers = new(StringComparer.Ordinal);
        private int written;

        public int Transactions { get; private set; }

        public Neo4jCounters Counters { get; private set; } = Neo4jCounters.Zero;

        public async Task AddAsync(CypherStatement statement, Dictionary<string, object?> row)
        {
            if (!buffers.TryGetValue(statement.Name, out var buffer))
            {
                buffers[statement.Name] = buffer = (statement, []);
            }

            buffer.Rows.Add(row);
            if (buffer.Rows.Count >= batchSize)
            {
                await FlushAsync(buffer.Statement, buffer.Rows);
            }
        }

        public async Task FlushAllAsync()
        {
            foreach (var (statement, rows) in buffers.Values.OrderBy(b => b.Statement.Name, StringComparer.Ordinal).ToList())
            {
                if (rows.Count > 0)
                {
                    await FlushAsync(statement, rows);
                }
            }
        }

        private async Task FlushAsync(CypherStatement statement, List<Dictionary<string, object?>> rows)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows.ToList() };
            await using var session = store.OpenSession();
            var counters = await session.ExecuteWriteAsync(
                async tx => (await StatementRunner.RunAsync(tx, statement, parameters, ct)).Counters,
                cancellationToken: ct);
            var committed = Neo4jCounters.Zero.Add(counters);
            Counters = Counters.Add(committed);
            store.Record(committed);
            Transactions++;
            written += rows.Count;
            rows.Clear();
            progress?.Report(written);
        }
    }
}
