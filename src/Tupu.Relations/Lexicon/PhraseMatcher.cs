using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Relations.Lexicon;

/// <summary>
/// Longest-match, left-to-right scan for every single-part phrase of the lexicons (triggers and cues together, so
/// 称赞 wins over 称 and 未来 masks 未). Phrases never overlap a mention. Immutable, so safe to share between threads.
/// A trie proposes the phrases at each position in one walk; a lexicon the trie cannot fold exactly (a phrase with
/// non-ASCII case) is scanned by trying each phrase that shares the first character, longest first.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<char, (string Phrase, LexiconHitTemplate Entries)[]> _byFirst;
    private readonly (string Phrase, LexiconHitTemplate Entries)[] _phrases;
    private readonly PhraseTrie? _trie;

    public PhraseMatcher(IEnumerable<TriggerEntry> triggers, IEnumerable<CueEntry> cues)
        : this(triggers, cues, useTrie: true)
    {
    }

    /// <param name="triggers">Trigger entries; single-part, non-possessive ones are matched.</param>
    /// <param name="cues">Cue entries.</param>
    /// <param name="useTrie">False forces the phrase-by-phrase scan (tests hold the trie to it).</param>
    internal PhraseMatcher(IEnumerable<TriggerEntry> triggers, IEnumerable<CueEntry> cues, bool useTrie)
    {
        var all = new Dictionary<string, (List<TriggerEntry> T, List<CueEntry> C)>(StringComparer.OrdinalIgnoreCase);
        foreach (var trigger in triggers.Where(t => t.Parts.Length == 1 && t.Pattern != TriggerPattern.Possessive))
        {
            Get(all, trigger.Parts[0]).T.Add(trigger);
        }

        foreach (var cue in cues)
        {
            Get(all, cue.Phrase).C.Add(cue);
        }

        _byFirst = all
            .GroupBy(kv => char.ToLowerInvariant(kv.Key[0]))
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(kv => kv.Key.Length)
                    .Select(kv => (kv.Key, new LexiconHitTemplate([.. kv.Value.T], [.. kv.Value.C])))
                    .ToArray());

        // Trie payloads in the order Scan tried them per first character, so equal-length spellings keep their precedence.
        _phrases = [.. _byFirst.Values.SelectMany(p => p)];
        _trie = useTrie && _phrases.All(p => PhraseTrie.Supports(p.Phrase)) ? new PhraseTrie([.. _phrases.Select(p => p.Phrase)]) : null;
    }

    [ThreadStatic]
    private static List<LexiconHit>? t_scratch;

    /// <summary>Whether scans walk the trie (false: phrase by phrase).</summary>
    internal bool UsesTrie => _trie is not null;

    /// <summary>All hits in <paramref name="text"/>, skipping the (sorted, disjoint) <paramref name="blocked"/> spans.</summary>
    public List<LexiconHit> Scan(string text, IReadOnlyList<TextSpan> blocked)
    {
        ArgumentNullException.ThrowIfNull(blocked);
        return ScanOutside(text, blocked as TextSpan[] ?? [.. blocked]);
    }

    private List<LexiconHit> ScanOutside(string text, ReadOnlySpan<TextSpan> blocked)
    {
        // Hits gather in this thread's scratch list (emptied here, so a scan that threw leaves nothing for the next) and
        // leave in a list of their exact count: grown from empty for each text, the lists' arrays were 4 % of what the
        // analysis allocated.
        var hits = t_scratch ??= [];
        hits.Clear();
        Span<int> terminals = stackalloc int[_trie?.MaxLength ?? 0];
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (_trie is not null)
            {
                // Positions whose character starts no phrase match nothing, blocked or not.
                i = _trie.NextStart(text, i);
                if (i == text.Length)
                {
                    break;
                }
            }

            while (next < blocked.Length && blocked[next].End <= i)
            {
                next++;
            }

            if (next < blocked.Length && blocked[next].Contains(i))
            {
                i = blocked[next].End;
                continue;
            }

            var limit = next < blocked.Length ? blocked[next].Start : text.Length;
            var matched = 0;
            if (_trie is not null)
            {
                matched = LongestAt(text, i, limit, terminals, hits);
            }
            else if (_byFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var phrases))
            {
                foreach (var (phrase, entries) in phrases)
                {
                    if (PhraseText.MatchesAt(text, i, phrase, limit))
                    {
                        hits.Add(new LexiconHit(new TextSpan(i, i + phrase.Length), entries.Triggers, entries.Cues));
                        matched = phrase.Length;
                        break;
                    }
                }
            }

            i += Math.Max(matched, 1);
        }

        var found = new List<LexiconHit>(hits);
        if (hits.Capacity > 4096)
        {
            // One long text does not keep a large array alive for the thread's life.
            t_scratch = null;
        }

        return found;
    }

    /// <summary>The longest phrase the trie proposes at <paramref name="at"/> that really matches there, added to <paramref name="hits"/>; its length or 0.</summary>
    private int LongestAt(string text, int at, int limit, Span<int> terminals, List<LexiconHit> hits)
    {
        // A walk reaches a terminal only over characters equal to the phrase's up to ASCII case, within the limit, so
        // of MatchesAt only the word boundaries are left to check.
        for (var t = _trie!.Walk(text, at, limit, terminals) - 1; t >= 0; t--)
        {
            foreach (var index in _trie.Payloads[terminals[t]])
            {
                var (phrase, entries) = _phrases[index];
                if (PhraseText.RespectsWordBoundaries(text, at, phrase))
                {
                    hits.Add(new LexiconHit(new TextSpan(at, at + phrase.Length), entries.Triggers, entries.Cues));
                    return phrase.Length;
                }
            }
        }

        return 0;
    }

    private static (List<TriggerEntry> T, List<CueEntry> C) Get(
        Dictionary<string, (List<TriggerEntry> T, List<CueEntry> C)> all, string phrase)
    {
        if (!all.TryGetValue(phrase, out var lists))
        {
            lists = ([], []);
            all[phrase] = lists;
        }

        return lists;
    }
}
