namespace Tupu.Bolt;

/// <summary>What the server said about a finished query.</summary>
public interface IResultSummary
{
    string Query { get; }

    ICounters Counters { get; }

    /// <summary>The database the query ran against, when the server said.</summary>
    string? Database { get; }
}
