using Tupu.Domain.Relations;
using Tupu.Domain.Text;

namespace Tupu.Relations.Analysis;

/// <summary>A relation found by a pattern, before certainty, attribution and evidence are attached.</summary>
/// <param name="NounPhrase">Titles and possessives: their truth does not depend on the clause's verb cues.</param>
internal sealed record Candidate(
    RelationType Type,
    Referent Subject,
    Referent Object,
    TextSpan Trigger,
    string TriggerText,
    double Confidence,
    int Sentence,
    bool NounPhrase = false,
    string? Role = null,
    bool? Current = null);
