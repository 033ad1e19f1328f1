using System.Collections.Immutable;
using Tupu.Domain.Entities;

namespace Tupu.Entities;

/// <summary>One gazetteer row: a known entity with its names in English, Simplified and Traditional Chinese.</summary>
/// <param name="Id">Stable id such as "company/nvidia".</param>
/// <param name="Aliases">Further names (abbreviations, former names, romanisations, misspellings), in file order.</param>
/// <param name="FamilyId">For a versioned model, the id of its family row.</param>
public sealed record LexiconEntry(
    string Id,
    EntityType Type,
    string NameEn,
    string? NameZhHans,
    string? NameZhHant,
    ImmutableArray<string> Aliases,
    string? FamilyId)
{
    /// <summary>Every name of the entry: English, Simplified, Traditional, then the aliases; distinct, non-empty.</summary>
    public IEnumerable<string> AllNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { NameEn, NameZhHans, NameZhHant }.Concat(Aliases))
        {
            if (!string.IsNullOrWhiteSpace(name) && seen.Add(name))
            {
                yield return name;
            }
        }
    }
}
