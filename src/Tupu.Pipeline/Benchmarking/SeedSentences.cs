using System.Text.RegularExpressions;

namespace Tupu.Pipeline.Benchmarking;

/// <summary>Sentences of the seed corpus by language folder (zh-Hans, zh-Hant, en), front matter and markup left out.</summary>
internal static partial class SeedSentences
{
    public static Dictionary<string, IReadOnlyList<string>> Load(string seedDirectory)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var language in new[] { "zh-Hans", "zh-Hant", "en" })
        {
            var folder = Path.Combine(seedDirectory, language);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var sentences = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(ReadUtf8OrNull)
                .Where(text => text is not null)
                .SelectMany(text => Split(StripFrontMatter(text!), language))
                .Where(s => s.Length > 8)
                .ToList();
            if (sentences.Count > 0)
            {
                result[language] = sentences;
            }
        }

        return result.Count > 0 ? result : throw new DirectoryNotFoundException($"{seedDirectory}: no seed articles (zh-Hans/, zh-Hant/, en/ with UTF-8 .txt files).");
    }

    private static string? ReadUtf8OrNull(string path)
    {
        try
        {
            return File.ReadAllText(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static string StripFrontMatter(string text)
    {
        text = text.TrimStart('\uFEFF');
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 4)..];
    }

    private static IEnumerable<string> Split(string text, string language) =>
        (language == "en" ? EnglishEnd().Split(text) : ChineseEnd().Split(text))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex EnglishEnd();

    [GeneratedRegex(@"(?<=[。！？])")]
    private static partial Regex ChineseEnd();
}
