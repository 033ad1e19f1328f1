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
        var dot = fullName.LastIndexOf('\u00B7');
        if (type == EntityType.Person && dot > 0 && fullName.Length - dot - 1 >= MinHan)
        {
            yield return fullName[(dot + 1)..];
            yield break;
        }

        if (NameKeys.HasHan(fullName))
        {
            yield break;
        }

        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            yield break;
        }

        if (type == EntityType.Person && words[^1].Length >= MinLatin && char.IsUpper(words[^1][0]))
        {
            yield return words[^1];
        }

        if (type == EntityType.Company && data.CuesByKey.TryGetValue(NameKeys.Exact(words[^1]), out var cues) &&
            cues.Any(c => c.Type == EntityType.Company && c.PartOfName))
        {
            var rest = string.Join(' ', words[..^1]);
            if (rest.Length >= MinLatin && !data.IsStopword(rest))
            {
                yield return rest;
            }
        }
    }
}
