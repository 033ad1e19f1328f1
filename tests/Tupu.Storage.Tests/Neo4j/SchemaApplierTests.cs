using Tupu.Storage.Neo4j;
using Tupu.Storage.Schema;
using Xunit;

namespace Tupu.Storage.Tests.Neo4j;

public sealed class SchemaApplierTests
{
    [Fact]
    public async Task Constraints_then_indexes_run_each_in_its_own_write_transaction()
    {
        var driver = new RecordingDriver
        {
            Respond = q => ScriptedResult.Counting(q.Text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)
                ? new FakeCounters(ConstraintsAdded: 1)
                : new FakeCounters(IndexesAdded: 1)),
        };

        var result = await SchemaApplier.ApplyAsync(driver, "tupu", CancellationToken.None);

        Assert.Equal(GraphSchema.AllStatements, driver.Queries.Select(q => q.Text));
        Assert.Equal(driver.Queries.Count, driver.Transactions.Count);
        Assert.All(driver.Transactions, t => Assert.True(t.Committed && t.Mode == "write"));
        Assert.All(driver.Queries, q => Assert.Empty(q.Parameters));
        Assert.Equal(GraphSchema.ConstraintStatements.Count, result.ConstraintsAdded);
        Assert.Equal(GraphSchema.IndexStatements.Count, result.IndexesAdded);
        Assert.Equal(GraphSchema.AllStatements.Count, result.Statements);
        Assert.All(driver.Databases, d => Assert.Equal("tupu", d));
    }

    [Fact]
    public async Task A_second_apply_reports_nothing_added_when_the_server_has_everything()
    {
        var driver = new RecordingDriver();

        var result = await SchemaApplier.ApplyAsync(driver, null, CancellationToken.None);

        Assert.Equal((0L, 0L), (result.ConstraintsAdded, result.IndexesAdded));
    }
}
