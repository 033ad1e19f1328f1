using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Entities.Mentions;

/// <summary>A cue word found in the text, with every reading of it (创始人 cues a Person after and a Company before).</summary>
internal sealed record CueHit(TextSpan Span, ImmutableArray<Cue> Cues);
