using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Entities.Mentions;

/// <summary>A possible mention before overlaps are settled.</summary>
internal sealed record Candidate(
    TextSpan Span,
    EntityType Type,
    CandidateKind Kind,
    double Confidence,
    string Cue,
    string? LexiconId = null)
{
    public EntitySource Source => Kind == CandidateKind.Lexicon ? EntitySource.Lexicon : EntitySource.Discovered;

    public Mention ToMention() => new(Span, Type, Source, Confidence, LexiconId, Cue);
}
