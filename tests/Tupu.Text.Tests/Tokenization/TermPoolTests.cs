using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Tokenization;

public sealed class TermPoolTests
{
    [Fact]
    public void A_term_seen_again_is_the_same_string()
    {
        var first = TermPool.Get("公司".AsSpan());
        var again = TermPool.Get("一家公司".AsSpan(2));

        Assert.Equal("公司", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Every_term_comes_back_equal_to_its_characters_even_when_slots_are_shared()
    {
        // Far more distinct terms than slots: many share a slot and replace each other.
        var terms = Enumerable.Range(0, 50_000).Select(i => "词" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        foreach (var term in terms.Concat(terms.AsEnumerable().Reverse()))
        {
            Assert.Equal(term, TermPool.Get(term.AsSpan()));
        }
    }

    [Fact]
    public void The_lower_case_term_is_the_invariant_lower_case()
    {
        Assert.Equal("nvidia", TermPool.GetLowerInvariant("NVIDIA".AsSpan()));
        Assert.Same(TermPool.GetLowerInvariant("Qwen".AsSpan()), TermPool.GetLowerInvariant("QWEN".AsSpan()));
        var long300 = new string('A', 300);
        Assert.Equal(new string('a', 300), TermPool.GetLowerInvariant(long300.AsSpan()));
        Assert.Equal(string.Empty, TermPool.Get([]));
    }
}
