namespace Tupu.Domain.Entities;

using Tupu.Domain.Text;

/// <summary>
/// A recognised mention of an entity in the normalised text.
/// </summary>
/// <param name="Span">Half-open span in <see cref="NormalizedDocument.Text"/>.</param>
/// <param name="Type">The type the recogniser assigned.</param>
/// <param name="Source">Lexicon match or discovery.</param>
/// <param name="Confidence">0..1; lexicon matches are high, discoveries lower.</param>
/// <param name="LexiconId">The lexicon entry matched, when <paramref name="Source"/> is Lexicon.</param>
/// <param name="Cue">The cue that typed a discovered mention (e.g. "首席执行官", "Inc.", "·"), for explanation.</param>
public sealed record Mention(
    TextSpan Span,
    EntityType Type,
    EntitySource Source,
    double Confidence,
    string? LexiconId = null,
    string? Cue = null);
