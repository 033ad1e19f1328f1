namespace Tupu.Bolt.Sessions;

/// <summary>The "stats" map of the final SUCCESS; absent keys mean zero.</summary>
internal sealed class Counters(IReadOnlyDictionary<string, object?> stats) : ICounters
{
    public bool ContainsUpdates => stats.GetValueOrDefault("contains-updates") as bool?
        ?? (NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved
            + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved) > 0;

    public int NodesCreated => Get("nodes-created");

    public int NodesDeleted => Get("nodes-deleted");

    public int RelationshipsCreated => Get("relationships-created");

    public int RelationshipsDeleted => Get("relationships-deleted");

    public int PropertiesSet => Get("properties-set");

    public int LabelsAdded => Get("labels-added");

    public int LabelsRemoved => Get("labels-removed");

    public int IndexesAdded => Get("indexes-added");

    public int IndexesRemoved => Get("indexes-removed");

    public int ConstraintsAdded => Get("constraints-added");

    public int ConstraintsRemoved => Get("constraints-removed");

    private int Get(string key) => stats.GetValueOrDefault(key) is long value ? (int)Math.Clamp(value, 0, int.MaxValue) : 0;
}
