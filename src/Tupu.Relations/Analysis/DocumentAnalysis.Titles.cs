using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Analysis;

/// <summary>
/// Titles in apposition (英伟达首席执行官黄仁勋, Jensen Huang, chief executive of Nvidia, 前OpenAI首席技术官…) and
/// possessives (阿里巴巴的Qwen, Alibaba's Qwen).
/// </summary>
internal sealed partial class DocumentAnalysis
{
    private static readonly EntityType[] PersonOnly = [EntityType.Person];
    private static readonly EntityType[] CompanyOnly = [EntityType.Company];
    private static readonly EntityType[] ModelOnly = [EntityType.Model];

    private void FindTitles(int s, List<Candidate> output)
    {
        var sentence = _sentences[s].Span;
        foreach (var hit in HitsWithin(sentence.Start, sentence.End))
        {
            foreach (var entry in hit.Triggers)
            {
                if (entry.Pattern == TriggerPattern.Title)
                {
                    Title(s, hit.Span, entry, output);
                }
            }
        }
    }

    private void Title(int s, TextSpan title, TriggerEntry entry, List<Candidate> output)
    {
        var sentence = _sentences[s].Span;
        var company = LastArgIn(sentence.Start, title.Start, a => a.Pick(CompanyOnly) is not null && (Fillers(a.Span.End, title.Start) || Unit(a.Span.End, title.Start)));
        var companyAfter = false;
        if (company is null)
        {
            company = FirstArgIn(title.End, sentence.End, a => a.Pick(CompanyOnly) is not null && Fillers(title.End, a.Span.Start));
            companyAfter = company is not null;
        }

        var confidence = Confidences.Apposition;
        if (company is null)
        {
            // A bare title (创始人兼首席执行官杨植麟, its founder, Liang Wenfeng) belongs to the company the paragraph is about.
            var person0 = FirstArgIn(title.End, sentence.End, a => a.Pick(PersonOnly) is not null && Fillers(title.End, a.Span.Start));
            company = person0 is null ? null : LastArgIn(ParagraphStart(title.Start), title.Start, a => !a.IsPronoun && a.Pick(CompanyOnly) is not null);
            // Not when the title is someone else's (Qwen的首席科学家, the model's lead engineer).
            var owned = Slice(Math.Max(sentence.Start, title.Start - 2), title.Start).TrimEnd() is { } tail
                && (tail.EndsWith('的') || tail.EndsWith("'s", StringComparison.Ordinal) || tail.EndsWith("’s", StringComparison.Ordinal));
            // Only a title that opens its phrase (，创始人…; Its founder, …) — not "French President Macron".
            var opens = Slice(Math.Max(sentence.Start, title.Start - 4), title.Start).TrimEnd() is var head
                && (head.Length == 0 || char.IsPunctuation(head[^1]) || HitBefore(title.Start, sentence.Start)?.Has(CueKind.ClauseBreak) == true || head.EndsWith('兼') || head.EndsWith('、') || head.EndsWith('其') || head.EndsWith("its", StringComparison.OrdinalIgnoreCase) || head.EndsWith("Its", StringComparison.Ordinal));
            if (company is null || owned || !opens)
            {
                return;
            }

            confidence = Confidences.Inferred;
        }

        var after = companyAfter ? company.Span.End : Math.Max(title.End, company.Span.End);
        var person = FirstArgIn(title.End, sentence.End, a => a.Pick(PersonOnly) is not null && Fillers(title.End, a.Span.Start))
            ?? FirstArgIn(after, sentence.End, a => a.Pick(PersonOnly) is not null && Fillers(after, a.Span.Start));
        var anchor = companyAfter || company.Span.End < title.Start - 24 ? title.Start : company.Span.Start;
        person ??= LastArgIn(sentence.Start, anchor, a => a.Pick(PersonOnly) is not null && Fillers(a.Span.End, anchor));
        if (person is null || person.Pick(PersonOnly) is not { } who || company.Pick(CompanyOnly) is not { } where)
        {
            return;
        }

        // With the company taken from the paragraph, the appositive group is only title + person.
        var inferred = confidence < Confidences.Apposition;
        var start = inferred ? Math.Min(person.Span.Start, title.Start) : Math.Min(Math.Min(person.Span.Start, company.Span.Start), title.Start);
        var end = inferred ? Math.Max(person.Span.End, title.End) : Math.Max(Math.Max(person.Span.End, company.Span.End), title.End);
        var former = entry.Former || HasCue(start, end, CueKind.Former) || HitBefore(start, sentence.Start)?.Has(CueKind.Former) == true;
        confidence = person.IsPronoun ? Confidences.Inferred : confidence;
        var isWork = entry.Type == RelationType.WorksFor;
        output.Add(new Candidate(entry.Type, who, where, title, Slice(title.Start, title.End), confidence, s, NounPhrase: true,
            Role: isWork ? entry.Role : null, Current: isWork ? !former : null));
    }

    /// <summary>A short department or product-line modifier between a company and its title (谷歌TPU工程师, Meta生成式AI副总裁).</summary>
    private bool Unit(int from, int to)
    {
        var gap = Slice(from, to);
        return gap.Length is > 0 and <= 6 && gap.All(char.IsLetterOrDigit) && !OverlapsMention(from, to);
    }

    /// <summary>True when [from, to) holds only appositive fillers: punctuation, 的/是/担任/of/the…, 前/former, other titles.</summary>
    private bool Fillers(int from, int to)
    {
        if (to - from > 24)
        {
            return false;
        }

        for (var p = from; p < to; p++)
        {
            if (HitAt(p) is { } hit && hit.Span.Start >= from && hit.Span.End <= to
                && (hit.Has(CueKind.Apposition) || hit.Has(CueKind.Former) || hit.HasTrigger(TriggerPattern.Title)))
            {
                p = hit.Span.End - 1;
                continue;
            }

            if (!(char.IsWhiteSpace(_text[p]) || _text[p] is ',' or '，' or '、' or '(' or ')' or '（' or '）' or '·' or '-' or '—' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private void FindPossessives(int s, List<Candidate> output)
    {
        var sentence = _sentences[s].Span;
        Arg? previous = null;
        foreach (var arg in ArgsIn(sentence.Start, sentence.End))
        {
            if (arg.IsPronoun)
            {
                continue;
            }

            var owner = previous?.Pick(CompanyOnly);
            var (left, right) = (previous, arg);
            previous = arg;
            if (left is null || owner is null || right.Pick(ModelOnly) is not { } model)
            {
                continue;
            }

            var gap = Slice(left.Span.End, right.Span.Start).Trim();
            if (Possessive(gap) is not { } entry)
            {
                continue;
            }

            var trigger = new TextSpan(left.Span.End, right.Span.Start);
            output.Add(new Candidate(entry.Type, owner.Value, model, trigger, gap, Confidences.Possessive, s, NounPhrase: true));
        }
    }

    private TriggerEntry? Possessive(string gap)
    {
        foreach (var entry in _lexicon.Possessives)
        {
            if (string.Equals(entry.Parts[0], gap, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}
