using Tupu.Bolt;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>What the <see cref="RecordingDriver"/> answers to one query.</summary>
internal sealed record ScriptedResult(IReadOnlyList<string> Keys, IReadOnlyList<IRecord> Records, ICounters Counters, Exception? Error = null)
{
    public static ScriptedResult Empty { get; } = new([], [], new FakeCounters());

    public static ScriptedResult Failing(Exception error) => Empty with { Error = error };

    public static ScriptedResult Counting(FakeCounters counters) => Empty with { Counters = counters };

    /// <summary>Rows given as maps with the same keys.</summary>
    public static ScriptedResult Rows(params IReadOnlyDictionary<string, object?>[] rows)
    {
        var keys = rows.Length > 0 ? rows[0].Keys.ToList() : [];
        return new ScriptedResult(keys, [.. rows.Select(r => (IRecord)new FakeRecord(keys, [.. keys.Select(k => r[k])]))], new FakeCounters());
    }
}

internal sealed record FakeRecord(IReadOnlyList<string> Keys, IReadOnlyList<object?> Values) : IRecord
{
    public object? this[string key] => Values[Keys.ToList().IndexOf(key) is var i and >= 0 ? i : throw new KeyNotFoundException(key)];

    public object? this[int index] => Values[index];
}

internal sealed record FakeCounters(
    int NodesCreated = 0,
    int NodesDeleted = 0,
    int RelationshipsCreated = 0,
    int RelationshipsDeleted = 0,
    int PropertiesSet = 0,
    int LabelsAdded = 0,
    int LabelsRemoved = 0,
    int IndexesAdded = 0,
    int IndexesRemoved = 0,
    int ConstraintsAdded = 0,
    int ConstraintsRemoved = 0) : ICounters
{
    public bool ContainsUpdates => this != new FakeCounters();
}
