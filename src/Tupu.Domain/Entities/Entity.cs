using System.Collections.Immutable;

namespace Tupu.Domain.Entities;

/// <summary>
/// One real-world entity: one node in the graph whatever script or language named it.
/// </summary>
/// <param name="Id">Stable key: the lexicon id ("company/nvidia") or, for discovered entities, type + normalised name.</param>
/// <param name="Name">Canonical display name (English when known).</param>
/// <param name="Aliases">Every surface form seen or known, in every script and language, distinct, ordinal-sorted.</param>
/// <param name="FamilyId">For a versioned model, the id of the model family it belongs to.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string? NameEn,
    string? NameZh,
    ImmutableArray<string> Aliases,
    double Confidence,
    EntitySource Source,
    string? FamilyId = null);
