using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>One relationship on an entity card.</summary>
/// <param name="Relationship">The relationship as the store returned it (all properties).</param>
/// <param name="Other">The node at the other end.</param>
/// <param name="Certainty">asserted, speculated or negated; null for structural relationships (MENTIONS, PUBLISHED, derived VERSION_OF).</param>
/// <param name="Evidence">The sentences the claim was read in, as the sources printed them.</param>
/// <param name="Articles">The articles those sentences come from.</param>
public sealed record CardRelationship(
    GraphRelationship Relationship,
    GraphNode Other,
    string? Certainty,
    double? Confidence,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<ArticleRef> Articles);
