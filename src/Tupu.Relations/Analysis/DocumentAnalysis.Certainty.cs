using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>
/// Certainty: a cue counts only inside the trigger's clause and before the trigger (it must govern it), except
/// sentence-scope hearsay (据报道，…) which reaches the whole rest of the sentence. Negation outranks speculation, so
/// a negated claim is never stored as a positive one.
/// </summary>
internal sealed partial class DocumentAnalysis
{
    private Certainty CertaintyOf(Candidate c, TextSpan clause)
    {
        if (c.NounPhrase)
        {
            return Certainty.Asserted;
        }

        if (HasCue(clause.Start, c.Trigger.Start, CueKind.Negation))
        {
            return Certainty.Negated;
        }

        var speculated = false;
        for (var i = FirstHitFrom(clause.Start); !speculated && i < _hits.Count && _hits[i].Span.Start < c.Trigger.Start; i++)
        {
            var h = _hits[i];
            speculated = h.Span.End <= c.Trigger.Start && (h.Has(CueKind.Speculation) || (h.Has(CueKind.Hearsay) && !NamedSource(c.Sentence, h)));
        }

        for (var i = FirstHitFrom(_sentences[c.Sentence].Span.Start); !speculated && i < _hits.Count && _hits[i].Span.Start < c.Trigger.Start; i++)
        {
            speculated = _hits[i].Span.End <= c.Trigger.Start && HasSentenceScopeSpeculation(_hits[i]);
        }

        return speculated && !HasCue(clause.Start, c.Trigger.Start, CueKind.Confirmation) ? Certainty.Speculated : Certainty.Asserted;
    }

    private static bool HasSentenceScopeSpeculation(LexiconHit hit)
    {
        foreach (var cue in hit.Cues)
        {
            if (cue.Kind == CueKind.Speculation && cue.SentenceScope)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 报道称 after a named outlet or person (路透社报道称) attributes the claim rather than making it hearsay. The hit is in
    /// sentence <paramref name="s"/>, so only that sentence's frames can have it as their verb.
    /// </summary>
    private bool NamedSource(int s, LexiconHit hit)
    {
        for (var i = _frameStarts[s]; i < _frameStarts[s + 1]; i++)
        {
            if (_frames[i].Verb == hit.Span)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A later confirmation (证实, confirmed), not itself negated, in a sentence that names the subject or object
    /// raises a speculated claim to asserted.
    /// </summary>
    private void RaiseConfirmed(List<Relation> relations)
    {
        if (!_hits.Exists(h => h.Has(CueKind.Confirmation)))
        {
            return; // Nothing confirms anything (the usual case).
        }

        var confirmations = new List<(int Position, HashSet<string> Entities)>();
        for (var s = 0; s < _sentences.Length; s++)
        {
            foreach (var hit in HitsIn(_sentences[s].Span.Start, _sentences[s].Span.End).Where(h => h.Has(CueKind.Confirmation)))
            {
                var clause = ClauseAt(s, hit.Span.Start);
                if (IsQuestion(_sentences[s]) || HitsIn(clause.Start, hit.Span.Start).Any(h => h.Has(CueKind.Negation) || h.Has(CueKind.Question)))
                {
                    continue;
                }

                var named = ArgsIn(_sentences[s].Span.Start, _sentences[s].Span.End)
                    .Select(a => a.Referents[0].EntityId)
                    .ToHashSet(StringComparer.Ordinal);
                confirmations.Add((hit.Span.Start, named));
            }
        }

        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.Certainty != Certainty.Speculated)
            {
                continue;
            }

            var after = SentenceEnd(r.Evidence.SourceSpan);
            if (confirmations.Any(c => c.Position >= after && (c.Entities.Contains(r.SubjectId) || c.Entities.Contains(r.ObjectId))))
            {
                relations[i] = r with { Certainty = Certainty.Asserted };
            }
        }
    }

    /// <summary>The analysis-text end of the sentence whose source span is <paramref name="sourceSpan"/>.</summary>
    private int SentenceEnd(TextSpan sourceSpan)
    {
        foreach (var sentence in _sentences)
        {
            if (_doc.Document.Map.ToSource(sentence.Span) == sourceSpan)
            {
                return sentence.Span.End;
            }
        }

        return int.MaxValue;
    }
}
