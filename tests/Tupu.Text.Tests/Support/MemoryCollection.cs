using Xunit;

namespace Tupu.Text.Tests.Support;

/// <summary>Tests that measure process memory run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory measurements";
}
