using Tupu.Domain.Relations;

namespace Tupu.Relations.Lexicon;

/// <summary>One trigger phrase of triggers*.tsv. <paramref name="Parts"/> holds one part, or two for a circumfix.</summary>
internal sealed record TriggerEntry(
    string Phrase,
    string[] Parts,
    RelationType Type,
    TriggerPattern Pattern,
    SubjectSide Subject,
    string? Role,
    bool Former);
