using Tupu.Bolt;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Totals of the write counters Neo4j returned. All zero means the server changed nothing: the proof that a
/// repeated ingest or push is idempotent.
/// </summary>
public sealed record Neo4jCounters(
    long NodesCreated = 0,
    long NodesDeleted = 0,
    long RelationshipsCreated = 0,
    long RelationshipsDeleted = 0,
    long PropertiesSet = 0,
    long LabelsAdded = 0,
    long LabelsRemoved = 0,
    long IndexesAdded = 0,
    long IndexesRemoved = 0,
    long ConstraintsAdded = 0,
    long ConstraintsRemoved = 0)
{
    public static Neo4jCounters Zero { get; } = new();

    /// <summary>True when the server reported no change at all.</summary>
    public bool IsZero => this == Zero;

    /// <summary>Sum of this and the counters of one query summary.</summary>
    public Neo4jCounters Add(ICounters c) => Add(new Neo4jCounters(
        c.NodesCreated,
        c.NodesDeleted,
        c.RelationshipsCreated,
        c.RelationshipsDeleted,
        c.PropertiesSet,
        c.LabelsAdded,
        c.LabelsRemoved,
        c.IndexesAdded,
        c.IndexesRemoved,
        c.ConstraintsAdded,
        c.ConstraintsRemoved));

    /// <summary>Sum of two totals.</summary>
    public Neo4jCounters Add(Neo4jCounters c) => new(
        NodesCreated + c.NodesCreated,
        NodesDeleted + c.NodesDeleted,
        RelationshipsCreated + c.RelationshipsCreated,
        RelationshipsDeleted + c.RelationshipsDeleted,
        PropertiesSet + c.PropertiesSet,
        LabelsAdded + c.LabelsAdded,
        LabelsRemoved + c.LabelsRemoved,
        IndexesAdded + c.IndexesAdded,
        IndexesRemoved + c.IndexesRemoved,
        ConstraintsAdded + c.ConstraintsAdded,
        ConstraintsRemoved + c.ConstraintsRemoved);

    public override string ToString() =>
        IsZero
            ? "no changes"
            : string.Join(", ", Parts().Where(p => p.Value != 0).Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Name} {p.Value}")));

    private IEnumerable<(string Name, long Value)> Parts() =>
    [
        ("nodes created", NodesCreated), ("nodes deleted", NodesDeleted),
        ("relationships created", RelationshipsCreated), ("relationships deleted", RelationshipsDeleted),
        ("properties set", PropertiesSet), ("labels added", LabelsAdded), ("labels removed", LabelsRemoved),
        ("indexes added", IndexesAdded), ("indexes removed", IndexesRemoved),
        ("constraints added", ConstraintsAdded), ("constraints removed", ConstraintsRemoved),
    ];
}
