using Tupu.Domain.Entities;

namespace Tupu.Entities.Mentions;

/// <summary>A cue word: the type it suggests for a name next to it, on which side the name stands, and whether the cue belongs to the name.</summary>
internal sealed record Cue(string Word, EntityType Type, bool NameBefore, bool PartOfName)
{
    public bool IsLatin => !Automaton.NameKeys.HasHan(Word);
}
