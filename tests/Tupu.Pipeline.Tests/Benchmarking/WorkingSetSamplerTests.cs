using Tupu.Pipeline.Benchmarking;

namespace Tupu.Pipeline.Tests.Benchmarking;

public sealed class WorkingSetSamplerTests
{
    [Fact]
    public void The_peak_keeps_memory_that_was_touched_and_released_while_it_watched()
    {
        using var sampler = new WorkingSetSampler();
        var before = sampler.Peak;
        var block = new byte[96 << 20];
        Array.Fill(block, (byte)1);
        var during = sampler.Peak;
        GC.KeepAlive(block);
        block = null;
        GC.Collect();

        Assert.True(during - before > 64 << 20, $"{before} then {during}");
        Assert.True(sampler.Peak >= during);
    }
}
