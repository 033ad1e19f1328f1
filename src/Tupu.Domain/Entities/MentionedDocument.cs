using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Domain.Entities;

/// <summary>
/// Fourth stage: mentions over the normalised text, sorted by start, never overlapping (longest match won).
/// </summary>
/// <remarks>
/// The tokens were recognition's working material and stay behind: no later stage reads them, and a recognised
/// document waits in the pipeline for the resolver, so it should hold only what the later stages use.
/// </remarks>
public sealed record MentionedDocument(
    NormalizedDocument Document,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<AliasPair> AliasPairs)
{
    /// <summary>The normalised surface of a mention.</summary>
    public string SurfaceOf(Mention mention) => mention.Span.Of(Document.Text);

    /// <summary>Throws <see cref="TupuException"/> (OverlappingMentions) unless mentions are sorted and disjoint.</summary>
    public static ImmutableArray<Mention> CheckedMentions(ImmutableArray<Mention> mentions)
    {
        if (FirstOutOfOrder(mentions) is var i and >= 0)
        {
            throw new TupuException(
                ErrorCode.OverlappingMentions,
                $"Mentions {mentions[i - 1].Span} and {mentions[i].Span} overlap or are out of order.");
        }

        return mentions;
    }

    /// <summary>The index of the first mention that starts before its predecessor ends, or −1 when they are sorted and disjoint.</summary>
    public static int FirstOutOfOrder(ImmutableArray<Mention> mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.End)
            {
                return i;
            }
        }

        return -1;
    }
}
