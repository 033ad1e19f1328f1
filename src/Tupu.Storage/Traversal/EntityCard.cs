using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>What `tupu show NAME` prints: the entity, its names in every script, and its relationships.</summary>
/// <param name="Entity">The entity node.</param>
/// <param name="Label">Its label (Company, Model, Person, MediaOutlet).</param>
/// <param name="Aliases">Every surface form seen, in every script and language (ordinal order).</param>
/// <param name="Groups">Relationships grouped by type (ordinal) and direction (outgoing first).</param>
/// <param name="OtherMatches">Ids of other entities the same name matches (the card shows the best match).</param>
public sealed record EntityCard(
    GraphNode Entity,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<RelationshipGroup> Groups,
    IReadOnlyList<string> OtherMatches);
