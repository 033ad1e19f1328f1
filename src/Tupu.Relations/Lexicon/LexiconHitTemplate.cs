using System.Collections.Immutable;

namespace Tupu.Relations.Lexicon;

/// <summary>The entries that share one spelling.</summary>
internal sealed record LexiconHitTemplate(ImmutableArray<TriggerEntry> Triggers, ImmutableArray<CueEntry> Cues);
