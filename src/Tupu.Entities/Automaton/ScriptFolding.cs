using Tupu.Text.Scripts;

namespace Tupu.Entities.Automaton;

/// <summary>
/// Traditional → Simplified for names, with the same one-character-for-one conversion the normaliser applied to the
/// analysis text, so a Traditional lexicon name and a converted article agree character for character.
/// </summary>
internal static class ScriptFolding
{
    public static string ToSimplified(string text) => ScriptConverter.ToSimplified(text);
}
