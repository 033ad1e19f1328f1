using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Relations.Lexicon;

/// <summary>One occurrence of a lexicon phrase in the analysis text, with every entry spelled that way.</summary>
internal readonly record struct LexiconHit(TextSpan Span, ImmutableArray<TriggerEntry> Triggers, ImmutableArray<CueEntry> Cues)
{
    public bool Has(CueKind kind)
    {
        foreach (var cue in Cues)
        {
            if (cue.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public bool HasTrigger(TriggerPattern pattern)
    {
        foreach (var trigger in Triggers)
        {
            if (trigger.Pattern == pattern)
            {
                return true;
            }
        }

        return false;
    }
}
