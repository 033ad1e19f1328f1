using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>Verb triggers: active (X 依靠 Y), passive (Y 由 X 开发, Y developed by X), relative (开发 Y 的 X), predicates.</summary>
internal sealed partial class DocumentAnalysis
{
    private void FindVerbAndPredicates(int s, List<Candidate> output)
    {
        var sentence = _sentences[s].Span;
        foreach (var hit in HitsWithin(sentence.Start, sentence.End))
        {
            foreach (var entry in hit.Triggers)
            {
                if (entry.Pattern == TriggerPattern.Verb)
                {
                    Verb(s, hit.Span, entry, output);
                }
                else if (entry.Pattern == TriggerPattern.Predicate)
                {
                    Predicate(s, hit.Span, entry, output);
                }
            }
        }
    }

    private void Verb(int s, TextSpan trigger, TriggerEntry entry, List<Candidate> output)
    {
        var clause = ClauseAt(s, trigger.Start);
        var subjects = entry.Type.Subjects();
        var objects = entry.Type.Objects();
        var left = ArgListIn(clause.Start, trigger.Start, reversed: true);
        var right = ArgListIn(trigger.End, ObjectLimit(trigger, clause));
        var text = Slice(trigger.Start, trigger.End);
        bool? current = entry.Type == RelationType.WorksFor ? !entry.Former : null;

        // Chinese passive: 被/由/受到 before the agent (Y 由 X 开发, 由 X 开发的 Y, Y 由前谷歌工程师 X 创办).
        var agentStart = left.Count > 0 ? AppositiveStart(left[0].Span.Start, clause.Start) : 0;
        if (left.Count > 0 && HitBefore(agentStart, clause.Start)?.Has(CueKind.Passive) == true)
        {
            var agent = left[0];
            var patient = (right.Count > 0 && RelativeGap(SpanOf(trigger.End, right[0].Span.Start)) ? right[0] : null)
                ?? left.FirstOrDefault(a => a.Span.End <= agentStart)
                ?? ArgBeforeClause(s, clause);
            // 由X开发的Y is a noun phrase: its claim is presupposed, not governed by the clause's modal or negation.
            var relative = patient is not null && patient.Span.Start >= trigger.End;
            Emit(s, trigger, text, entry, agent, patient, Confidences.Passive, current, output, relative);
            return;
        }

        // English passive: "developed by X", "founded in 2023 by X" (a short adjunct may sit before "by").
        if (right.Count > 0 && HitBefore(right[0].Span.Start, trigger.End) is { } by && by.Has(CueKind.Passive)
            && PhraseText.IsAsciiWordChar(_text[by.Span.Start])
            && (HitAfter(trigger.End, clause.End)?.Has(CueKind.Passive) == true || right[0].Span.Start - trigger.End <= 16))
        {
            var patient = left.FirstOrDefault() ?? ArgBeforeClause(s, clause);

            // A reduced relative ("Qwen, developed by Alibaba,") is a noun phrase like 由X开发的Y.
            var reduced = SpanOf(left.Count > 0 ? left[0].Span.End : clause.Start, trigger.Start).IsWhiteSpace();
            Emit(s, trigger, text, entry, right[0], patient, Confidences.Passive, current, output, reduced);
            return;
        }

        var near = entry.Subject == SubjectSide.Left ? left : right;
        var far = entry.Subject == SubjectSide.Left ? right : left;
        var subject = near.FirstOrDefault(a => a.Pick(subjects) is not null && !Marked(a, CueKind.Preposition, clause.Start) && !Marked(a, CueKind.ObjectMarker, clause.Start));
        var obj = far.FirstOrDefault(a => a.Pick(objects) is not null);

        // Chinese relative clause: 开发 Qwen 的 阿里巴巴 (the subject follows 的).
        if (subject is null && entry.Subject == SubjectSide.Left && right.Count >= 2
            && SpanOf(right[0].Span.End, right[1].Span.Start).Trim() is "的" && right[1].Pick(subjects) is not null)
        {
            Emit(s, trigger, text, entry, right[1], right[0], Confidences.Relative, current, output);
            return;
        }

        // 对 X 表示认可: a left argument after 对/向 is the object when nothing follows the verb.
        obj ??= left.FirstOrDefault(a => a.Pick(objects) is not null && Marked(a, CueKind.ObjectMarker, clause.Start));
        var confidence = Confidences.Direct;
        if (subject is null && entry.Subject == SubjectSide.Left)
        {
            subject = Topic(s, clause, subjects);
            confidence = Confidences.Inferred;
        }

        // X开发的Y: a relative clause presupposes its claim (谷歌开发的Gemini stays asserted under 计划/没有).
        var presupposed = obj is not null && obj.Span.Start >= trigger.End && RelativeGap(SpanOf(trigger.End, obj.Span.Start));
        Emit(s, trigger, text, entry, subject, obj, confidence, current, output, presupposed);
    }

    private void Predicate(int s, TextSpan trigger, TriggerEntry entry, List<Candidate> output)
    {
        var clause = ClauseAt(s, trigger.Start);
        var obj = LastArgIn(clause.Start, trigger.Start, a => trigger.Start - a.Span.End <= 4);
        if (obj is null)
        {
            return;
        }

        var speaker = SpeakerFor(s, trigger.Start);
        var subjects = entry.Type.Subjects();
        Arg? subject = null;
        if (speaker is { } who && subjects.Contains(who.Type))
        {
            subject = new Arg(obj.Span, [who], IsPronoun: false);
        }

        subject ??= LastArgIn(_sentences[s].Span.Start, obj.Span.Start, a => a.Pick(subjects) is not null);
        Emit(s, trigger, Slice(trigger.Start, trigger.End), entry, subject, obj, Confidences.Predicate, null, output);
    }

    private void FindCircumfixes(int s, List<Candidate> output)
    {
        var parts = _lexicon.CircumfixParts;
        var positions = _circumfixPositions ??= parts.Positions(_text);
        var present = _presentCircumfixes ??= PresentCircumfixes(positions);
        foreach (var clause in _clauses[s])
        {
            foreach (var e in present)
            {
                var entry = _lexicon.Circumfixes[e];
                var (first, second) = (parts.First[e], parts.Second[e]);
                var from = clause.Start;
                while (from < clause.End)
                {
                    var a = parts.Find(positions[first], first, from, clause.End);
                    if (a < 0)
                    {
                        break;
                    }

                    from = a + 1;
                    var aEnd = a + entry.Parts[0].Length;
                    var b = parts.Find(positions[second], second, aEnd, Math.Min(clause.End, aEnd + 80));
                    if (b < 0 || OverlapsMention(a, aEnd) || OverlapsMention(b, b + entry.Parts[1].Length))
                    {
                        continue;
                    }

                    var inside = ArgListIn(aEnd, b);
                    if (inside.Count == 0)
                    {
                        continue;
                    }

                    var trigger = new TextSpan(a, b + entry.Parts[1].Length);
                    var text = Slice(a, aEnd) + "…" + Slice(b, trigger.End);
                    var left = ArgListIn(clause.Start, a, reversed: true);
                    var subjects = entry.Type.Subjects();
                    var objects = entry.Type.Objects();
                    if (entry.Subject == SubjectSide.Left)
                    {
                        var subject = FirstSubject(left, subjects, clause.Start);
                        var confidence = subject is null ? Confidences.Inferred : Confidences.Circumfix;
                        subject ??= Topic(s, clause, subjects);
                        Emit(s, trigger, text, entry, subject, FirstOf(inside, objects), confidence, null, output);
                    }
                    else
                    {
                        Emit(s, trigger, text, entry, FirstOf(inside, subjects), FirstOf(left, objects), Confidences.Circumfix, null, output);
                    }
                }
            }
        }
    }

    /// <summary>The circumfixes (indexes, in lexicon order) both of whose parts occur in the text: no other can match.</summary>
    private int[] PresentCircumfixes(List<int>[] positions)
    {
        var parts = _lexicon.CircumfixParts;
        var present = new List<int>();
        for (var e = 0; e < _lexicon.Circumfixes.Length; e++)
        {
            if (positions[parts.First[e]].Count > 0 && positions[parts.Second[e]].Count > 0)
            {
                present.Add(e);
            }
        }

        return [.. present];
    }

    /// <summary>The first of <paramref name="args"/> with a referent of one of <paramref name="types"/>.</summary>
    private static Arg? FirstOf(List<Arg> args, IReadOnlyList<EntityType> types)
    {
        foreach (var arg in args)
        {
            if (arg.Pick(types) is not null)
            {
                return arg;
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="args"/> that can be the subject: a compatible referent, not after a preposition.</summary>
    private Arg? FirstSubject(List<Arg> args, IReadOnlyList<EntityType> types, int floor)
    {
        foreach (var arg in args)
        {
            if (arg.Pick(types) is not null && !Marked(arg, CueKind.Preposition, floor))
            {
                return arg;
            }
        }

        return null;
    }

    /// <summary>Where an argument's appositive title group begins (前谷歌TPU工程师乔纳森·罗斯 → at 前).</summary>
    private int AppositiveStart(int start, int floor)
    {
        if (HitBefore(start, floor) is not { } title || !title.HasTrigger(TriggerPattern.Title))
        {
            return start;
        }

        start = title.Span.Start;
        var company = LastArgIn(floor, start);
        if (company is not null && (Fillers(company.Span.End, start) || Unit(company.Span.End, start)))
        {
            start = company.Span.Start;
        }

        return HitBefore(start, floor) is { } former && former.Has(CueKind.Former) ? former.Span.Start : start;
    }

    /// <summary>"开发的Qwen", "开发的一款定制版Gemini": 的 right after the verb, then a short modifier.</summary>
    private static bool RelativeGap(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.Length == 0 || gap[0] != '的' || gap.Length > 8)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (char.IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A verb's object lies before the next verb trigger of its clause (苹果计划在明年推出的新版Siri中使用…Gemini: Gemini
    /// belongs to 使用, not 推出), unless the verbs are chained by a coordinator (发布并开源了Qwen3-Coder).
    /// </summary>
    private int ObjectLimit(TextSpan trigger, TextSpan clause)
    {
        var end = trigger.End;
        for (var i = FirstHitFrom(trigger.End); i < _hits.Count && _hits[i].Span.Start < clause.End; i++)
        {
            var hit = _hits[i];
            if (hit.Span.End > clause.End || !hit.HasTrigger(TriggerPattern.Verb))
            {
                continue;
            }

            // A verb followed by 的 heads a relative clause inside the object (使用谷歌开发的Gemini).
            var relativeVerb = SpanOf(hit.Span.End, Math.Min(clause.End, hit.Span.End + 1)) is "的";
            if (relativeVerb || SpanOf(end, hit.Span.Start).Trim() is "" or "并" or "和" or "及" or "与" or "、" or "并且" or "and" or "or" or "或")
            {
                end = hit.Span.End;
                continue;
            }

            return hit.Span.Start;
        }

        return clause.End;
    }

    /// <summary>The argument just before the clause in the same sentence: the head a relative clause ("Y, developed by X") attaches to.</summary>
    private Arg? ArgBeforeClause(int s, TextSpan clause) =>
        LastArgIn(_sentences[s].Span.Start, clause.Start);

    /// <summary>The sentence's topic for a clause whose subject was dropped (英伟达表示，将采用Qwen): the first compatible argument before it.</summary>
    private Arg? Topic(int s, TextSpan clause, IReadOnlyList<EntityType> types) =>
        FirstArgIn(_sentences[s].Span.Start, clause.Start, a => a.Pick(types) is not null
                && !Marked(a, CueKind.Preposition, _sentences[s].Span.Start)
                && !Marked(a, CueKind.Source, _sentences[s].Span.Start)); // 据X介绍 names a source, not a subject

    private void Emit(int s, TextSpan trigger, string text, TriggerEntry entry, Arg? subject, Arg? obj, double confidence, bool? current, List<Candidate> output, bool nounPhrase = false)
    {
        if (subject is null || obj is null || ReferenceEquals(subject, obj))
        {
            return;
        }

        var subjectTypes = entry.Type.Subjects();
        var objectTypes = entry.Type.Objects();
        if (obj.Pick(objectTypes) is not { } firstObject || subject.Pick(subjectTypes, firstObject.EntityId) is not { } firstSubject)
        {
            return;
        }

        var sentence = _sentences[s].Span;
        var subjects = Coordinated(subject, firstSubject, subjectTypes, sentence);
        var objects = Coordinated(obj, firstObject, objectTypes, sentence);

        // Two lists of equal length pair up respectively (阿里巴巴、月之暗面和智谱发布了Qwen3-Coder、Kimi K2和GLM-4.5).
        var respective = subjects.Count > 1 && subjects.Count == objects.Count;
        for (var i = 0; i < subjects.Count; i++)
        {
            for (var j = 0; j < objects.Count; j++)
            {
                if (respective && i != j)
                {
                    continue;
                }

                var c = subjects[i].Arg.IsPronoun || objects[j].Arg.IsPronoun ? Math.Min(confidence, Confidences.Inferred) : confidence;
                output.Add(new Candidate(entry.Type, subjects[i].Referent, objects[j].Referent, trigger, text, c, s, nounPhrase, entry.Role, current));
            }
        }
    }
}
