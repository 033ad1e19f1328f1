using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Resolution;

/// <summary>
/// The family of a discovered versioned model: the longest leading part of its name that names a known model (its
/// family, or itself when it is a family row) or a company with a model family of the same name. "Qwen3.5" → the
/// family of "Qwen"; "Qwen3-Coder" → the family of "Qwen3".
/// </summary>
internal static class FamilyInference
{
    public static string? FamilyOf(EntityCatalog catalog, IEnumerable<string> names, string ownId)
    {
        foreach (var name in names)
        {
            for (var split = name.Length - 1; split > 0; split--)
            {
                var c = name[split];
                var isSplit = c is '-' or ' ' || (char.IsAsciiDigit(c) && !char.IsAsciiDigit(name[split - 1]) && name[split - 1] != '.');
                if (!isSplit)
                {
                    continue;
                }

                var prefix = NameKeys.Compact(name[..split]);
                var models = catalog.IdsByCompact(prefix)
                    .Select(id => catalog.EntitiesById[id])
                    .Where(e => e.Type == EntityType.Model && e.Id != ownId)
                    .OrderBy(e => e.FamilyId is null ? 0 : 1)
                    .ThenBy(e => e.Id, StringComparer.Ordinal)
                    .ToList();
                if (models.Count > 0)
                {
                    return models[0].FamilyId ?? models[0].Id;
                }

                // A company name before the version (DeepSeek-R2): the family row named after the company.
                if (catalog.IdsByCompact(prefix).Any(id => catalog.EntitiesById[id].Type == EntityType.Company) &&
                    FamilyNamedAfter(catalog, prefix) is { } family)
                {
                    return family;
                }
            }
        }

        return null;
    }

    private static string? FamilyNamedAfter(EntityCatalog catalog, string companyKey) =>
        catalog.EntitiesById.Values
            .Where(e => e.Type == EntityType.Model && e.FamilyId is null && NameKeys.Compact(e.Name).StartsWith(companyKey, StringComparison.Ordinal))
            .Select(e => e.Id)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
