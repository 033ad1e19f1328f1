using System.Collections.Immutable;
using Tupu.Domain.Entities;

namespace Tupu.Relations.Lexicon;

/// <summary>One cue of cues*.tsv. <paramref name="SentenceScope"/> marks speculation cues that reach the whole sentence.</summary>
internal sealed record CueEntry(string Phrase, CueKind Kind, bool SentenceScope, ImmutableArray<EntityType> PronounTypes);
