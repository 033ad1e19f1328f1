using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// The short forms a full name allows later in the same article: a person's family name (Jensen Huang → Huang,
/// 萨姆·奥尔特曼 → 奥尔特曼) and a company's name without its suffix (Moonshot AI → Moonshot).
/// </summary>
internal static class ShortForms
{
    private const int MinLatin = 3;
    private const int MinHan = 2;

    public static IEnumerable<string> Of(string fullName, EntityType type, RecognitionData data)
    {
        // Only people (family names) and companies (names without a suffix) have short forms.
        if (type is not (EntityType.Person or EntityType.Company))
        {
            return [];
        }

        var dot = fullName.LastIndexOf('\u00B7');
        if (type == EntityType.Person && dot > 0 && fullName.Length - dot - 1 >= MinHan)
        {
            return [fullName[(dot + 1)..]];
        }

        // A name of one word (most names) has none: found without splitting it.
        var trimmed = fullName.AsSpan().Trim(' ');
        if (trimmed.IndexOf(' ') < 0 || NameKeys.HasHan(fullName))
        {
            return [];
        }

        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lastWord = words[^1];
        if (type == EntityType.Person)
        {
            return lastWord.Length >= MinLatin && char.IsUpper(lastWord[0]) ? [lastWord] : [];
        }

        if (data.CuesByKey.TryGetValue(NameKeys.Exact(lastWord), out var cues) && cues.Any(c => c.Type == EntityType.Company && c.PartOfName))
        {
            var rest = string.Join(' ', words, 0, words.Length - 1);
            if (rest.Length >= MinLatin && !data.IsStopword(rest))
            {
                return [rest];
            }
        }

        return [];
    }
}
