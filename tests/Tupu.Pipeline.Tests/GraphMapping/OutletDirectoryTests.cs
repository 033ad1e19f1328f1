using Tupu.Domain.Entities;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;

namespace Tupu.Pipeline.Tests.GraphMapping;

public sealed class OutletDirectoryTests
{
    private static readonly OutletDirectory Outlets = OutletDirectory.Build(EntityLexicon.LoadDefault(), []);

    [Theory]
    [InlineData("Reuters")]
    [InlineData("路透社")]
    [InlineData("REUTERS")]
    public void A_byline_in_any_script_or_case_finds_the_lexicon_outlet(string byline)
    {
        var outlet = Outlets.Find(byline);
        Assert.NotNull(outlet);
        Assert.Equal(EntityType.MediaOutlet, outlet.Type);
        Assert.Equal(EntitySource.Lexicon, outlet.Source);
        Assert.Equal(Outlets.Find("Reuters")!.Id, outlet.Id);
    }

    [Fact]
    public void An_unknown_byline_becomes_a_discovered_outlet_with_a_stable_id()
    {
        var first = Outlets.Find("Tupu Weekly Bulletin");
        var again = Outlets.Find("Tupu Weekly Bulletin");
        Assert.NotNull(first);
        Assert.Equal(EntitySource.Discovered, first.Source);
        Assert.Equal(first.Id, again!.Id);
        Assert.Contains("Tupu Weekly Bulletin", first.Aliases);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_byline_means_no_outlet(string? byline) => Assert.Null(Outlets.Find(byline));
}
