using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Domain.Entities;

/// <summary>
/// Fourth stage: mentions over the tokenized document, sorted by start, never overlapping (longest match won).
/// </summary>
public sealed record MentionedDocument(
    TokenizedDocument Tokenized,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<AliasPair> AliasPairs)
{
    public NormalizedDocument Document => Tokenized.Document;

    /// <summary>The normalised surface of a mention.</summary>
    public string SurfaceOf(Mention mention) => mention.Span.Of(Document.Text);

    /// <summary>Throws <see cref="TupuException"/> (OverlappingMentions) unless mentions are sorted and disjoint.</summary>
    public static ImmutableArray<Mention> CheckedMentions(ImmutableArray<Mention> mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.End)
            {
                throw new TupuException(
                    ErrorCode.OverlappingMentions,
                    $"Mentions {mentions[i - 1].Span} and {mentions[i].Span} overlap or are out of order.");
            }
        }

        return mentions;
    }
}
