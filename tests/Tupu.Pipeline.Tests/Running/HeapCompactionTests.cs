using Tupu.Pipeline.Running;
using Xunit;

namespace Tupu.Pipeline.Tests.Running;

public sealed class HeapCompactionTests
{
    [Fact]
    public void Free_space_is_counted_from_the_first_check_and_compacted_once_it_grew_past_the_limit()
    {
        var heap = new FakeHeap { Free = 50 };
        var compaction = new HeapCompaction(10, () => heap.Free, heap.Compact);

        Assert.False(compaction.CompactIfFragmented());
        heap.Free = 60;
        Assert.False(compaction.CompactIfFragmented());
        heap.Free = 61;
        Assert.True(compaction.CompactIfFragmented());

        Assert.Equal(1, heap.Compactions);
        Assert.Equal(heap.Free, compaction.Floor);
    }

    [Fact]
    public void Free_space_left_after_a_compaction_is_the_new_floor()
    {
        // Free space no compaction removes (the large-object heap, pinned buffers) must not ask for one at every check.
        var heap = new FakeHeap { Free = 0, LeftByCompaction = 30 };
        var compaction = new HeapCompaction(10, () => heap.Free, heap.Compact);
        compaction.CompactIfFragmented();
        heap.Free = 45;

        Assert.True(compaction.CompactIfFragmented());
        heap.Free = 38;
        Assert.False(compaction.CompactIfFragmented());
        heap.Free = 41;
        Assert.True(compaction.CompactIfFragmented());
        Assert.Equal(2, heap.Compactions);
    }

    private sealed class FakeHeap
    {
        public long Free { get; set; }

        public long LeftByCompaction { get; init; }

        public int Compactions { get; private set; }

        public void Compact()
        {
            Compactions++;
            Free = LeftByCompaction;
        }
    }
}
