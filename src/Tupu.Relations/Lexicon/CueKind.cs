namespace Tupu.Relations.Lexicon;

/// <summary>What a cue of cues*.tsv signals (the "kind" column).</summary>
internal enum CueKind
{
    Negation,
    Speculation,
    Hearsay,
    Confirmation,
    Question,
    Reporting,
    Source,
    Comparison,
    Former,
    Passive,
    Preposition,
    ObjectMarker,
    Pronoun,
    Apposition,
    ClauseBreak,
    Ignore,
}
