using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Domain.Entities;

/// <summary>
/// Fifth stage: every mention resolved to an entity. <see cref="Entities"/> holds each entity referred to,
/// including aliases this article taught (its own surface forms, in the source script too).
/// </summary>
public sealed record ResolvedDocument(
    MentionedDocument Mentioned,
    ImmutableArray<ResolvedMention> Resolved,
    ImmutableDictionary<string, Entity> Entities)
{
    public NormalizedDocument Document => Mentioned.Document;
}
