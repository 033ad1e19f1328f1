using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Lexicon;

namespace Tupu.Entities.Catalog;

/// <summary>A lexicon row seen as a graph entity: English display name, Simplified Chinese name, every name as an alias.</summary>
internal static class LexiconEntities
{
    public static Entity ToEntity(LexiconEntry entry)
    {
        var nameEn = NameKeys.HasHan(entry.NameEn) ? null : entry.NameEn;
        var nameZh = entry.NameZhHans ?? (entry.NameZhHant is { } hant ? ScriptFolding.ToSimplified(hant) : null);
        return new Entity(
            entry.Id,
            entry.Type,
            entry.NameEn,
            nameEn,
            nameZh,
            EntityMerge.SortedAliases(entry.AllNames().Append(nameZh ?? string.Empty)),
            Confidence: 1.0,
            EntitySource.Lexicon,
            entry.FamilyId);
    }
}
