using Tupu.Domain.Entities;

namespace Tupu.Entities.Lexicon;

/// <summary>Spellings of entity types in lexicon files, and the id prefix of each type.</summary>
internal static class EntityTypeNames
{
    /// <summary>Parses a type column: the enum name in any case, or the id prefix ("outlet").</summary>
    public static bool TryParse(string text, out EntityType type)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "COMPANY":
            case "ORGANIZATION":
            case "ORGANISATION":
                type = EntityType.Company;
                return true;
            case "MODEL":
                type = EntityType.Model;
                return true;
            case "PERSON":
                type = EntityType.Person;
                return true;
            case "MEDIAOUTLET":
            case "OUTLET":
            case "MEDIA":
                type = EntityType.MediaOutlet;
                return true;
            default:
                type = default;
                return false;
        }
    }

    /// <summary>The id prefix used by the shipped lexicon ("company/nvidia", "outlet/36kr").</summary>
    public static string IdPrefix(EntityType type) => type switch
    {
        EntityType.Company => "company",
        EntityType.Model => "model",
        EntityType.Person => "person",
        EntityType.MediaOutlet => "outlet",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
