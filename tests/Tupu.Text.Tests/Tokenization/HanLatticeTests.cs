using System.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Tupu.Text.Tests.Support;
using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Tokenization;

/// <summary>
/// The lattice must pick, word for word, the path SmartCn's own <see cref="HHMMSegmenter"/> picks: the same offsets,
/// types, model characters and frequencies, on the corpus and on random text built to reach every kind of node.
/// </summary>
public sealed class HanLatticeTests
{
    [Theory]
    [InlineData("我购买了道具和服装。")]
    [InlineData("２０２４年７月，ＡＢＣ公司发布了３款产品")]
    [InlineData("人工　智能模型")]
    [InlineData("　")]
    [InlineData("，")]
    [InlineData("𠀀𠀁中文😀字符")]
    [InlineData("GPT4和Ｑｗｅｎ2.5")]
    public void The_path_is_HHMMSegmenter_s(string run)
    {
        Assert.Equal(Reference(run), Lattice(run));
    }

    [Fact]
    public void Every_Han_run_of_the_corpus_segments_as_HHMMSegmenter_does()
    {
        var runs = 0;
        foreach (var (path, text) in Repository.NormalizedArticles().Where(a => a.Path.Contains("zh-", StringComparison.Ordinal)))
        {
            foreach (var run in HanRuns(text))
            {
                Assert.True(Reference(run).SequenceEqual(Lattice(run)), $"{path}: the lattice differs on \"{run}\"");
                runs++;
            }
        }

        Assert.True(runs >= 100, $"only {runs} runs compared");
    }

    [Fact]
    public void Random_runs_of_words_letters_digits_blanks_and_rare_characters_segment_as_HHMMSegmenter_does()
    {
        // Characters from the corpus make dictionary words likely; the rest reach the other kinds of node.
        var han = Repository.NormalizedArticles("*.txt")
            .SelectMany(a => a.Text)
            .Where(c => c >= 0x4E00 && c <= 0x9FFF)
            .Distinct()
            .Order()
            .ToArray();
        string[] others = ["Ａ", "ｚ", "０", "９", "a", "Z", "7", "　", "\t", "，", "。", "“", "”", "、", "《", "》", "𠀀", "😀", "·", "—", "％", "＠"];
        var random = new Random(20261205);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 120);
            while (builder.Length < length)
            {
                if (random.Next(6) == 0)
                {
                    builder.Append(others[random.Next(others.Length)]);
                }
                else
                {
                    // Neighbouring corpus characters: a stretch of real text, so that words and pairs are found.
                    builder.Append(han[random.Next(han.Length)]);
                }
            }

            var run = builder.ToString();
            Assert.True(Reference(run).SequenceEqual(Lattice(run)), $"the lattice differs on \"{run}\"");
        }
    }

    [Fact]
    public void Corpus_sentences_cut_at_random_points_segment_as_HHMMSegmenter_does()
    {
        var text = string.Concat(Repository.NormalizedArticles().Where(a => a.Path.Contains("zh-", StringComparison.Ordinal)).Select(a => a.Text));
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var start = random.Next(text.Length - 1);
            var run = text.Substring(start, Math.Min(random.Next(1, 300), text.Length - start));
            Assert.True(Reference(run).SequenceEqual(Lattice(run)), $"the lattice differs on \"{run}\"");
        }
    }

    [Fact]
    public void A_word_id_stands_for_exactly_one_model_word_and_frequency()
    {
        // Edge costs are kept by pairs of word ids, so an id must never stand for two different words.
        var byId = new Dictionary<int, (string Chars, int Frequency)>();
        var byWord = new Dictionary<(string Chars, int Frequency), int>();
        var lattice = HanLattice.OfThisThread;
        foreach (var (_, text) in Repository.NormalizedArticles().Where(a => a.Path.Contains("zh-", StringComparison.Ordinal)))
        {
            foreach (var run in HanRuns(text))
            {
                lattice.Segment(run);
                for (var id = 0; id < lattice.NodeCount; id++)
                {
                    var word = (new string(lattice.CharsOf(id)), lattice[id].Frequency);
                    Assert.Equal(word, byId.TryAdd(lattice[id].WordId, word) ? word : byId[lattice[id].WordId]);
                    Assert.Equal(lattice[id].WordId, byWord.TryAdd(word, lattice[id].WordId) ? lattice[id].WordId : byWord[word]);
                }
            }
        }

        Assert.True(byId.Count > 1_000, $"only {byId.Count} words seen");
    }

    private static IEnumerable<string> HanRuns(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c < 0x2E80)
            {
                if (builder.Length > 0)
                {
                    yield return builder.ToString();
                    builder.Clear();
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private static List<(int Start, int End, WordType Type, string Chars, int Frequency)> Lattice(string run)
    {
        var lattice = HanLattice.OfThisThread;
        var words = new List<(int, int, WordType, string, int)>();
        foreach (var id in lattice.Segment(run))
        {
            var node = lattice[id];
            words.Add((node.Start, node.End, node.Type, new string(lattice.CharsOf(id)), node.Frequency));
        }

        return words;
    }

    private static List<(int Start, int End, WordType Type, string Chars, int Frequency)> Reference(string run)
    {
        var tokens = new HHMMSegmenter().Process(run);
        // The segmenter frames its path with sentence-begin and sentence-end tokens.
        return tokens.Skip(1).Take(tokens.Count - 2).Select(t => (t.StartOffset, t.EndOffset, t.WordType, new string(t.CharArray), t.Weight)).ToList();
    }
}
