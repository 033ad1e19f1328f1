using Tupu.Bolt;
using Tupu.Storage.Schema;

namespace Tupu.Storage.Neo4j;

/// <summary>Creates graph-schema's constraints and indexes (<c>tupu schema apply</c>); every statement is IF NOT EXISTS.</summary>
public static class SchemaApplier
{
    /// <summary>
    /// Runs <see cref="GraphSchema.AllStatements"/> in order, each in its own retried write transaction (Neo4j does
    /// not mix schema commands with other writes in one transaction).
    /// </summary>
    public static async Task<SchemaApplyResult> ApplyAsync(IDriver driver, string? database, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var totals = Neo4jCounters.Zero;
        var statements = GraphSchema.AllStatements;
        await using var session = driver.AsyncSession(c => c.WithDatabase(database));
        foreach (var statement in statements)
        {
            var counters = await session.ExecuteWriteAsync(
                async tx =>
                {
                    var cursor = await tx.RunAsync(statement, null, ct);
                    var summary = await cursor.ConsumeAsync(ct);
                    return summary.Counters;
                },
                cancellationToken: ct);
            totals = totals.Add(counters);
        }

        return new SchemaApplyResult(statements.Count, totals.ConstraintsAdded, totals.IndexesAdded);
    }
}
