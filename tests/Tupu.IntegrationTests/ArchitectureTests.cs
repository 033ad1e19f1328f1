using System.Reflection;

namespace Tupu.IntegrationTests;

/// <summary>Project references point one way: the pipeline flows forwards and nothing reaches back.</summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "Tupu.Domain", [] },
        { "Tupu.Bolt", [] },
        { "Tupu.Text", ["Tupu.Domain"] },
        { "Tupu.Entities", ["Tupu.Domain", "Tupu.Text"] },
        { "Tupu.Relations", ["Tupu.Domain"] },
        { "Tupu.Pipeline", ["Tupu.Domain", "Tupu.Text", "Tupu.Entities", "Tupu.Relations"] },
        { "Tupu.Storage", ["Tupu.Domain", "Tupu.Bolt"] },
        { "tupu", ["Tupu.Domain", "Tupu.Text", "Tupu.Entities", "Tupu.Relations", "Tupu.Pipeline", "Tupu.Bolt", "Tupu.Storage"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void An_assembly_references_only_earlier_stages(string assembly, string[] allowed)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assembly + ".dll");
        var references = Assembly.LoadFrom(path).GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("Tupu", StringComparison.Ordinal) || n == "tupu")
            .ToList();
        Assert.All(references, r => Assert.Contains(r, allowed));
    }
}
