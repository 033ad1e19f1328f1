namespace Tupu.Bolt;

/// <summary>The records of one query, fetched in batches of the session's fetch size.</summary>
public interface IResultCursor
{
    /// <summary>Column names.</summary>
    Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Advances to the next record; false at the end.</summary>
    Task<bool> FetchAsync(CancellationToken cancellationToken = default);

    /// <summary>The record <see cref="FetchAsync"/> moved to.</summary>
    IRecord Current { get; }

    /// <summary>Reads every remaining record.</summary>
    Task<IReadOnlyList<IRecord>> ToListAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards remaining records and returns the summary with the write counters.</summary>
    Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);
}
