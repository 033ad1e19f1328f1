using System.Globalization;
using System.Text;

namespace Tupu.Entities.Tests.Measurement;

/// <summary>
/// Generated news-like articles (Chinese and English) full of varied names: shipped lexicon names and invented people,
/// companies and models that only discovery can find, so no cache of repeated surfaces flatters a measurement.
/// </summary>
internal static class GeneratedCorpus
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉宇浩然子涵博文思远志";
    private const string Translit = "阿埃安奥巴贝比布达德迪多恩法菲弗福盖格哈汉赫霍吉加杰卡凯科克库拉莱兰劳勒雷里利林卢鲁伦罗洛马曼梅米莫姆纳尼诺帕佩皮普奇乔萨塞森沙斯苏索塔泰特托瓦威韦维温沃西希谢辛雅亚伊约泽扎詹";
    private const string Latin = "abcdefghiklmnoprstuvz";

    /// <summary>Size of a measurement's text in MB: TUPU_ENTITIES_BENCH_MB, or 1 (small, so the suite stays fast).</summary>
    public static double Megabytes() =>
        double.TryParse(Environment.GetEnvironmentVariable("TUPU_ENTITIES_BENCH_MB"), NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) ? mb : 1.0;

    /// <summary>The lexicon's English and Simplified names, for the generated text to mention.</summary>
    public static List<string> KnownNames(EntityLexicon lexicon) =>
        lexicon.Entries.SelectMany(e => new[] { e.NameEn, e.NameZhHans }).OfType<string>().ToList();

    public static List<string> Articles(int totalChars, IReadOnlyList<string> knownNames, int seed = 7)
    {
        var random = new Random(seed);
        var articles = new List<string>();
        var total = 0;
        while (total < totalChars)
        {
            var builder = new StringBuilder();
            while (builder.Length < 3000)
            {
                builder.Append(Sentence(random, knownNames));
            }

            articles.Add(builder.ToString());
            total += builder.Length;
        }

        return articles;
    }

    private static string Sentence(Random random, IReadOnlyList<string> known)
    {
        string Known() => known[random.Next(known.Count)];
        return random.Next(12) switch
        {
            0 => $"{Known()}首席执行官{ChineseName(random)}表示，公司将在{random.Next(1, 12)}月发布新的大模型。",
            1 => $"据《{Han(random, 2)}日报》报道，初创公司{Han(random, 4)}完成了{random.Next(1, 99)}亿元融资，投资方包括{Known()}。",
            2 => $"{Transliterated(random)}（{LatinName(random)}）是{Known()}的联合创始人，他认为开源模型会改变行业。",
            3 => $"{LatinWord(random)}-{random.Next(1, 9)}.{random.Next(0, 9)}模型在多项测试中超过了{Known()}，研究员{ChineseName(random)}说。",
            4 => $"CEO {LatinName(random)} of {LatinWord(random)} Labs said the {Known()} team will ship {LatinWord(random)}-{random.Next(2, 70)}B-Instruct soon.",
            5 => $"The startup {LatinWord(random)} AI hired {LatinName(random)}, the former chief scientist at {Known()}.",
            6 => $"在硅谷，{Known()}和{Known()}的竞争愈发激烈，中国公司也在加速追赶，联系电话010-{random.Next(10000000, 99999999)}。",
            7 => $"{Han(random, 3)}科技的{LatinWord(random)}大模型于{random.Next(2020, 2026)}年{random.Next(1, 12)}月{random.Next(1, 28)}日上线，{Known()}随后跟进。",
            8 => $"According to the {LatinWord(random)} Times newspaper, {Known()} reportedly did not confirm the deal with {Known()}. ",
            9 => $"{Known()}发布了{Known()}，并表示{Transliterated(random)}将出任董事长。",
            10 => $"Investor {LatinName(random)} said {Known()} and {LatinWord(random)} Technologies would cooperate on {LatinWord(random)} {random.Next(2, 5)}. ",
            _ => $"市场人士认为，人工智能行业在{random.Next(2020, 2026)}年迎来了新的变化，用户数量增长了{random.Next(10, 90)}%。",
        };
    }

    private static string ChineseName(Random random) =>
        string.Concat(Surnames[random.Next(Surnames.Length)], Given[random.Next(Given.Length)], Given[random.Next(Given.Length)]);

    private static string Han(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => Given[random.Next(Given.Length)]));

    private static string Transliterated(Random random) =>
        string.Concat(Enumerable.Range(0, 2).Select(_ => Translit[random.Next(Translit.Length)])) + "·" +
        string.Concat(Enumerable.Range(0, 3).Select(_ => Translit[random.Next(Translit.Length)]));

    private static string LatinWord(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, random.Next(4, 8)).Select(_ => Latin[random.Next(Latin.Length)]));
        return char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
    }

    private static string LatinName(Random random) => $"{LatinWord(random)} {LatinWord(random)}";
}
