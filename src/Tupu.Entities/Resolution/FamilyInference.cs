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
                var ids = catalog.IdsByCompact(prefix);
                // The model named so (family rows first, then by id), else a company.
                Entity? model = null;
                var company = false;
                foreach (var id in ids)
                {
                    var entity = catalog.Get(id);
                    company |= entity.Type == EntityType.Company;
                    if (entity.Type == EntityType.Model && entity.Id != ownId && (model is null || IsBefore(entity, model)))
                    {
                        model = entity;
                    }
                }

                if (model is not null)
                {
                    return model.FamilyId ?? model.Id;
                }

                // A company name before the version (DeepSeek-R2): the family row named after the company.
                if (company && catalog.FamilyNamedAfter(prefix) is { } family)
                {
                    return family;
                }
            }
        }

        return null;
    }

    private static bool IsBefore(Entity entity, Entity than) =>
        (entity.FamilyId is null) != (than.FamilyId is null) ? entity.FamilyId is null : string.CompareOrdinal(entity.Id, than.Id) < 0;
}
