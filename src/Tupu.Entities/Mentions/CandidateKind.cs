namespace Tupu.Entities.Mentions;

/// <summary>Where a candidate came from; it decides which candidate wins an overlap.</summary>
internal enum CandidateKind
{
    /// <summary>A lexicon name lengthened by a version (Qwen3 → Qwen3-Coder): beats the name it contains.</summary>
    Extension,

    /// <summary>A catalog name found by the automaton.</summary>
    Lexicon,

    /// <summary>Found by a cue; loses any overlap with a lexicon match.</summary>
    Discovered,
}
