using System.Globalization;
using System.Text;

namespace Tupu.Pipeline.Benchmarking;

/// <summary>
/// Builds a large benchmark corpus from seed articles: each synthetic article mixes sentences of one seed language with
/// template sentences naming freshly invented companies, people and models, so name caches and dictionaries cannot
/// flatter the figures. Deterministic for a seed. Files are written as UTF-8 .txt with front matter.
/// </summary>
public static class SyntheticCorpus
{
    private const string HanPool = "安柏辰德恩方高海华嘉景凯蓝朗乐立林龙麦明诺鹏启清瑞森思泰天维文翔欣星雅阳逸云泽智卓宇远晨川峰光涵昊弘建杰津峻康岚磊霖路曼敏宁琪荣尚书铭拓玮希祥晓轩彦毅颖永哲";
    private const string HantPool = "安柏辰德恩方高海華嘉景凱藍朗樂立林龍麥明諾鵬啟清瑞森思泰天維文翔欣星雅陽逸雲澤智卓宇遠晨川峰光涵昊弘建傑津峻康嵐磊霖路曼敏寧琪榮尚書銘拓瑋希祥曉軒彥毅穎永哲";
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "ven", "tor", "sa", "ne", "qui", "do", "zan", "fe", "lux", "bri", "mo", "tal", "ver", "ion", "ga", "ru"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] SurnamesHant = ["王", "李", "張", "劉", "陳", "楊", "黃", "趙", "周", "吳", "徐", "孫", "馬", "朱", "胡", "郭", "何", "林", "羅", "高"];

    /// <summary>Writes articles into <paramref name="directory"/> until about <paramref name="targetBytes"/> UTF-8 bytes; returns the bytes written.</summary>
    public static long Write(string seedDirectory, string directory, long targetBytes, int seed = 42)
    {
        Directory.CreateDirectory(directory);
        return Generate(seedDirectory, targetBytes, seed, (n, language, text) =>
        {
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{n / 1000:D4}"), string.Create(CultureInfo.InvariantCulture, $"bench-{n:D6}-{language}.txt"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, FrontMatter(n, language) + text, new UTF8Encoding(false));
        });
    }

    /// <summary>
    /// Writes the same kind of articles, one after another, into the single file <paramref name="path"/> (streamed, for
    /// the large-file case); returns the bytes written.
    /// </summary>
    public static long WriteSingleFile(string seedDirectory, string path, long targetBytes, int seed = 42)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        // Languages mix in this file, so the header names none: each sentence is classified on its own.
        writer.Write(FrontMatter(0, null));
        return Generate(seedDirectory, targetBytes, seed, (_, _, text) => writer.Write(text));
    }

    private static long Generate(string seedDirectory, long targetBytes, int seed, Action<int, string, string> write)
    {
        var seeds = SeedSentences.Load(seedDirectory);
        var random = new Random(seed);
        long written = 0;
        var languages = seeds.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var n = 0; written < targetBytes; n++)
        {
            var language = languages[n % languages.Length];
            var text = Article(language, seeds[language], random);
            write(n, language, text);
            written += Encoding.UTF8.GetByteCount(text);
        }

        return written;
    }

    private static string FrontMatter(int n, string? language) => string.Create(
        CultureInfo.InvariantCulture,
        $"---\ntitle: Benchmark article {n}\noutlet: Tupu Bench\npublished: 2025-{1 + (n % 12):D2}-{1 + (n % 28):D2}\n{(language is null ? "" : $"language: {language}\n")}---\n");

    private static string Article(string language, IReadOnlyList<string> sentences, Random random)
    {
        var builder = new StringBuilder();
        var paragraphs = 3 + random.Next(4);
        for (var p = 0; p < paragraphs; p++)
        {
            var count = 3 + random.Next(5);
            for (var s = 0; s < count; s++)
            {
                builder.Append(random.Next(3) == 0 ? Template(language, random) : sentences[random.Next(sentences.Count)]);
                if (language == "en")
                {
                    builder.Append(' ');
                }
            }

            builder.Append("\n\n");
        }

        return builder.ToString();
    }

    private static string Template(string language, Random random)
    {
        var model = Latin(random, 2) + "-" + random.Next(1, 9).ToString(CultureInfo.InvariantCulture) + "." + random.Next(0, 9).ToString(CultureInfo.InvariantCulture);
        switch (language)
        {
            case "en":
            {
                var company = Latin(random, 2) + (random.Next(2) == 0 ? " Labs" : " AI");
                var person = Latin(random, 2) + " " + Latin(random, 3);
                return random.Next(3) switch
                {
                    0 => $"{person}, chief executive of {company}, said the company now uses {model} for customer support.",
                    1 => $"{company} released {model}, which it said was built on an earlier open model.",
                    _ => $"According to people familiar with the matter, {company} reportedly did not adopt {model} last year.",
                };
            }

            case "zh-Hant":
            {
                var company = Han(random, HantPool, 2) + "科技";
                var person = SurnamesHant[random.Next(SurnamesHant.Length)] + Han(random, HantPool, 2);
                return random.Next(3) switch
                {
                    0 => $"{company}執行長{person}表示，公司已經在產品中使用{model}。",
                    1 => $"{company}發布了{model}模型，據報導該模型基於開源模型。",
                    _ => $"{person}稱讚{model}的推理能力，但{company}並未採用它。",
                };
            }

            default:
            {
                var company = Han(random, HanPool, 2) + "科技";
                var person = Surnames[random.Next(Surnames.Length)] + Han(random, HanPool, 2);
                return random.Next(3) switch
                {
                    0 => $"{company}首席执行官{person}表示，公司已经在产品中使用{model}。",
                    1 => $"{company}发布了{model}大模型，据报道该模型基于开源模型开发。",
                    _ => $"{person}称赞{model}的推理能力，但{company}并未采用它。",
                };
            }
        }
    }

    private static string Latin(Random random, int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Syllables[random.Next(Syllables.Length)]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private static string Han(Random random, string pool, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = pool[random.Next(pool.Length)];
        }

        return new string(chars);
    }
}
