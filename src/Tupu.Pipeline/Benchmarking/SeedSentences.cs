using System.Text.RegularExpressions;
using Tupu.Text.Reading;

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

            // The article reader strips front matter and decodes every supported encoding; plain-text seeds only.
            var reader = new ArticleReader();
            var sentences = reader.Discover([folder])
                .Where(input => input.Error is null && input.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .SelectMany(reader.Read)
                .Select(result => result.Article?.Text)
                .OfType<string>()
                .SelectMany(text => Split(text, language))
                .Where(s => s.Length > 8)
                .ToList();
            if (sentences.Count > 0)
            {
                result[language] = sentences;
            }
        }

        return result.Count > 0 ? result : throw new DirectoryNotFoundException($"{seedDirectory}: no seed articles (zh-Hans/, zh-Hant/, en/ with .txt files).");
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
