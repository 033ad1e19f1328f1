using Tupu.Bolt;

namespace Tupu.Storage.Neo4j;

/// <summary>Runs a named statement, checking that the parameters sent are exactly the ones its text uses.</summary>
internal static class StatementRunner
{
    public static async Task<(IReadOnlyList<IRecord> Records, ICounters Counters)> RunAsync(
        IAsyncQueryRunner runner,
        CypherStatement statement,
        IReadOnlyDictionary<string, object?> parameters,
        CancellationToken ct)
    {
        // A statement and the code filling it drifting apart would send a query that fails on the server (or,
        // worse, quietly matches nothing); fail here instead.
        if (parameters.Count != statement.Parameters.Count || !statement.Parameters.All(parameters.ContainsKey))
        {
            throw new InvalidOperationException(
                $"Statement {statement.Name} takes [{string.Join(", ", statement.Parameters)}] but was given [{string.Join(", ", parameters.Keys)}].");
        }

        var cursor = await runner.RunAsync(statement.Text, parameters, ct);
        var records = await cursor.ToListAsync(ct);
        var summary = await cursor.ConsumeAsync(ct);
        return (records, summary.Counters);
    }

    /// <summary>Splits rows into UNWIND batches of at most <paramref name="size"/>.</summary>
    public static IEnumerable<List<T>> Chunks<T>(IReadOnlyList<T> rows, int size)
    {
        for (var i = 0; i < rows.Count; i += size)
        {
            yield return [.. rows.Skip(i).Take(size)];
        }
    }
}
