using System.Globalization;
using Tupu.Domain.Text;
using Tupu.Relations.Lexicon;

namespace Tupu.Relations.Tests;

/// <summary>
/// The trie-driven scans find exactly what trying every phrase at every position finds: longest-match hits of the
/// matcher (against its own phrase-by-phrase scan, the path a lexicon the trie cannot fold takes), and every position
/// of every circumfix part.
/// </summary>
public sealed class PhraseMatcherTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(CorpusRoot(), "articles"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            data.Add(text);
            data.Add(text.ToUpperInvariant());
        }

        data.Add("He SAID ON the Podcast that Alibaba’s Qwen, DeepSeek's R1 and ſaid K and ıt were CALLED impressive; 对它印象深刻。");
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Scan_finds_what_trying_every_phrase_finds(string text)
    {
        var lexicon = RelationLexicon.LoadDefault();
        var blocked = new List<TextSpan>();
        for (var start = 5; start + 3 <= text.Length; start += 41)
        {
            blocked.Add(new TextSpan(start, start + 3));
        }

        var phraseByPhrase = new PhraseMatcher(lexicon.Triggers, lexicon.Cues, useTrie: false);
        Assert.True(lexicon.Matcher.UsesTrie);
        Assert.False(phraseByPhrase.UsesTrie);
        foreach (var spans in new[] { [], blocked })
        {
            var expected = phraseByPhrase.Scan(text, spans);
            var actual = lexicon.Matcher.Scan(text, spans);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Circumfix_parts_are_found_where_Find_finds_them(string text)
    {
        var lexicon = RelationLexicon.LoadDefault();
        var parts = lexicon.CircumfixParts;
        var positions = parts.Positions(text);
        for (var e = 0; e < lexicon.Circumfixes.Length; e++)
        {
            foreach (var (part, phrase) in new[] { (parts.First[e], lexicon.Circumfixes[e].Parts[0]), (parts.Second[e], lexicon.Circumfixes[e].Parts[1]) })
            {
                for (var from = 0; from < text.Length; from += 97)
                {
                    var limit = Math.Min(text.Length, from + 300);
                    Assert.Equal(PhraseText.Find(text, phrase, from, limit), parts.Find(positions[part], part, from, limit));
                }
            }
        }
    }

    private static string Describe(LexiconHit hit) =>
        string.Create(CultureInfo.InvariantCulture, $"{hit.Span} {hit.Triggers.Length} {hit.Cues.Length} {string.Join(',', hit.Triggers.Select(t => t.Phrase))}{string.Join(',', hit.Cues.Select(c => c.Phrase))}");

    private static string CorpusRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "articles")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        throw new DirectoryNotFoundException("corpus/articles not found above the test assembly.");
    }
}
