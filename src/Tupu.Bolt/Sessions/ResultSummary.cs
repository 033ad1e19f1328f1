namespace Tupu.Bolt.Sessions;

/// <summary>Built from the final SUCCESS of a result stream.</summary>
internal sealed class ResultSummary(string query, IReadOnlyDictionary<string, object?> metadata) : IResultSummary
{
    public string Query => query;

    public ICounters Counters { get; } = new Counters(metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());

    public string? Database => metadata.GetValueOrDefault("db") as string;
}
