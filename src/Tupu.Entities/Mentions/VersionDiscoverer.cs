using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Recogniser 2d: versioned models. A known model or company name with a version joined to it (Qwen3.5, Qwen3-Coder,
/// DeepSeek-V3, GPT-4o) or following it (Qwen 3, Kimi K2, Claude 3.5 Sonnet, 通义千问2.5) is a model of its own;
/// an unknown name with a version is a model when a variant word or a model cue says so (Foo-7B-Instruct, Bar-2模型).
/// </summary>
internal static class VersionDiscoverer
{
    private const int MaxSpacedParts = 3;

    public static IEnumerable<Candidate> Find(RecognitionContext context)
    {
        var lexiconByEnd = context.Lexicon.ToDictionary(c => c.Span.End);
        var text = context.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!CharClass.IsWordCore(text[i]) || !CharClass.IsWordBoundary(text, i))
            {
                i++;
                continue;
            }

            var end = LatinRuns.WordEnd(text, i);
            var found = Joined(context, i, end) ?? Following(context, lexiconByEnd.GetValueOrDefault(i), i);
            if (found is not null)
            {
                yield return found;
            }

            i = Math.Max(end, i + 1);
        }

        foreach (var lexicon in context.Lexicon)
        {
            if (Spaced(context, lexicon) is { } spaced)
            {
                yield return spaced;
            }
        }
    }

    /// <summary>One word made of a name and a version: "Qwen3-Coder" splits into a known "Qwen3" and "Coder".</summary>
    private static Candidate? Joined(RecognitionContext context, int start, int end)
    {
        var text = context.Text;
        // A word that is itself a catalog name (GPT-4o) or starts one ("Qwen" of "Qwen 3") is the lexicon's or Spaced's.
        if (context.IsLexicon(start))
        {
            return null;
        }

        for (var split = end - 1; split > start; split--)
        {
            var hyphen = text[split] == '-';
            var digitAfterLetter = char.IsAsciiDigit(text[split]) && CharClass.IsAlphabetic(text[split - 1]);
            if (!hyphen && !digitAfterLetter)
            {
                continue;
            }

            var tailStart = hyphen ? split + 1 : split;
            var tail = text[tailStart..end];
            if (!VersionTail.IsTail(tail, context.Data))
            {
                continue;
            }

            var baseName = text[start..split];
            var known = KnownModelOrCompany(context, baseName);
            if (known is not null && (known.Type == EntityType.Model || hyphen || VersionTail.HasNumber(tail)))
            {
                return new Candidate(new TextSpan(start, end), EntityType.Model, CandidateKind.Extension, Confidences.Extension, "version");
            }

            if (known is null && LatinRuns.IsNameWord(text, start, split) && (HasVariant(tail, context) || ModelCueNear(context, start, end)) &&
                !context.Data.IsStopwordSurface(text.AsSpan(start, end - start)))
            {
                return new Candidate(new TextSpan(start, end), EntityType.Model, CandidateKind.Discovered, Confidences.Cue, "version");
            }
        }

        return null;
    }

    /// <summary>A Han model name with a version right after it: 通义千问2.5.</summary>
    private static Candidate? Following(RecognitionContext context, Candidate? lexicon, int start)
    {
        if (lexicon is null || lexicon.Type != EntityType.Model || !CharClass.IsHan(context.Text[lexicon.Span.End - 1]))
        {
            return null;
        }

        var end = LatinRuns.WordEnd(context.Text, start);
        return VersionTail.IsTail(context.Text[start..end], context.Data) && VersionTail.HasNumber(context.Text[start..end])
            ? new Candidate(new TextSpan(lexicon.Span.Start, end), EntityType.Model, CandidateKind.Extension, Confidences.Extension, "version")
            : null;
    }

    /// <summary>A known name followed by spaced version parts: "Qwen 3", "Kimi K2", "Claude 3.5 Sonnet", "DeepSeek V3".</summary>
    private static Candidate? Spaced(RecognitionContext context, Candidate lexicon)
    {
        if (lexicon.Type is not (EntityType.Model or EntityType.Company))
        {
            return null;
        }

        var text = context.Text;
        var end = lexicon.Span.End;
        var parts = 0;
        while (parts < MaxSpacedParts && end + 1 < text.Length && text[end] == ' ' && CharClass.IsWordCore(text[end + 1]))
        {
            var partEnd = LatinRuns.WordEnd(text, end + 1);
            var part = text[(end + 1)..partEnd];
            var isPart = part.Split('-').All(p => p.Length > 0 && VersionTail.IsPart(p, context.Data, out _));
            VersionTail.IsPart(part.Split('-')[0], context.Data, out var strong);
            // A company name followed by a plain number is a count or a year; only a code (V3, R1) makes it a model.
            var allowed = isPart && (parts > 0 || lexicon.Type == EntityType.Model || strong);
            if (!allowed || context.IsLexicon(end + 1))
            {
                break;
            }

            end = partEnd;
            parts++;
        }

        return parts == 0 ? null
            : new Candidate(new TextSpan(lexicon.Span.Start, end), EntityType.Model, CandidateKind.Extension, Confidences.Extension, "version");
    }

    private static Entity? KnownModelOrCompany(RecognitionContext context, string name)
    {
        // The first model named so, else the first company.
        Entity? company = null;
        foreach (var id in context.Catalog.IdsByCompact(NameKeys.Compact(name)))
        {
            var entity = context.Catalog.Get(id);
            if (entity.Type == EntityType.Model)
            {
                return entity;
            }

            company ??= entity.Type == EntityType.Company ? entity : null;
        }

        return company;
    }

    private static bool HasVariant(string tail, RecognitionContext context) =>
        tail.Split('-').Any(p => context.Data.ModelVariants.Contains(p.ToLowerInvariant()));

    private static bool ModelCueNear(RecognitionContext context, int start, int end)
    {
        bool IsModelCue(CueHit? hit) => hit is not null && hit.Cues.Any(c => c.Type == EntityType.Model);
        return IsModelCue(context.CueStartingAt(end)) || IsModelCue(context.CueStartingAt(end + 1)) ||
               IsModelCue(context.CueEndingAt(start)) || IsModelCue(context.CueEndingAt(start - 1));
    }
}
