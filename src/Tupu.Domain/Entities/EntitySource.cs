namespace Tupu.Domain.Entities;

/// <summary>Where an entity or mention came from: the shipped/user lexicon, or discovery from cues in text.</summary>
public enum EntitySource
{
    Lexicon,
    Discovered,
}
