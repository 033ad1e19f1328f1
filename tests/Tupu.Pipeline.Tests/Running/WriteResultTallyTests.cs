using Tupu.Domain.Graph;
using Xunit;

namespace Tupu.Pipeline.Tests.Running;

public sealed class WriteResultTallyTests
{
    [Fact]
    public void Counts_created_and_merged_per_type_in_ordinal_type_order()
    {
        var tally = WriteResult.Tally([("Model", true), ("Company", false), ("Model", false), ("Model", true), ("MediaOutlet", true)]);

        Assert.Equal(
            [new TypeCount("Company", 0, 1), new TypeCount("MediaOutlet", 1, 0), new TypeCount("Model", 2, 1)],
            tally);
    }

    [Fact]
    public void Agrees_with_grouping_on_random_observations()
    {
        var random = new Random(7);
        string[] types = ["USES", "PRAISED", "BUILT_ON", "DEVELOPS", "WORKS_FOR", "FOUNDED", "Uses", "uses"];
        for (var run = 0; run < 200; run++)
        {
            var observations = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => (types[random.Next(types.Length)], random.Next(2) == 0))
                .ToList();
            var expected = observations
                .GroupBy(o => o.Item1, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TypeCount(g.Key, g.Count(o => o.Item2), g.Count(o => !o.Item2)));

            Assert.Equal(expected, WriteResult.Tally(observations));
        }
    }
}
