using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Resolution;

namespace Tupu.Entities.Tests.Resolution;

/// <summary>Alias pairs join exactly the mentions whose spans they name, whatever order the mentions come in.</summary>
public sealed class MentionGroupsTests
{
    private static readonly TextSpan Long = new(0, 10);
    private static readonly TextSpan Short = new(12, 14);
    private static readonly TextSpan Other = new(21, 26);

    [Fact]
    public void A_pair_joins_the_two_mentions_it_names()
    {
        var groups = MentionGroups.Of(Document([Long, Short, Other], new AliasPair(Long, Short)));

        Assert.Equal([[0, 1], [2]], groups);
    }

    [Fact]
    public void A_pair_whose_span_is_not_exactly_a_mention_joins_nothing()
    {
        var groups = MentionGroups.Of(Document([Long, Short, Other], new AliasPair(new TextSpan(0, 5), Short)));

        Assert.Equal([[0], [1], [2]], groups);
    }

    [Fact]
    public void Mentions_out_of_text_order_are_joined_as_in_order()
    {
        // The recogniser's mentions are in text order; a document built by hand need not be.
        var groups = MentionGroups.Of(Document([Other, Short, Long], new AliasPair(Long, Short)));

        Assert.Equal([[0], [1, 2]], groups);
    }

    private static MentionedDocument Document(TextSpan[] spans, AliasPair pair) =>
        new(
            Docs.Plain("Alpha Corp (AC) said Orbix won.").Document,
            [.. spans.Select(s => new Mention(s, EntityType.Company, EntitySource.Discovered, 0.6))],
            [pair]);
}
