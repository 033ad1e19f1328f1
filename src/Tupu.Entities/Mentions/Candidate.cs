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
    string? LexiconId = null,
    EntitySource? KnownSource = null)
{
    /// <summary>A catalog match keeps its entity's source (a stored discovery stays Discovered); the rest are discoveries.</summary>
    public EntitySource Source => Kind == CandidateKind.Lexicon ? KnownSource ?? EntitySource.Lexicon : EntitySource.Discovered;

    public Mention ToMention() => new(Span, Type, Source, Confidence, LexiconId, Cue);
}
