using Tupu.Domain.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Sentences;

/// <summary>
/// The language of a sentence from its letters: Han characters against Latin words. A Chinese sentence naming
/// "Qwen3" or "OpenAI" stays Chinese; only a real mix of both is <see cref="SentenceLanguage.Mixed"/>.
/// </summary>
internal static class LanguageClassifier
{
    public static SentenceLanguage Classify(ReadOnlySpan<char> sentence, SentenceLanguage fallback)
    {
        int han = 0, hanRuns = 0, letters = 0, words = 0;
        var inWord = false;
        var inHan = false;
        foreach (var c in sentence)
        {
            var isHan = ScriptConverter.IsHan(c);
            hanRuns += isHan && !inHan ? 1 : 0;
            inHan = isHan || (inHan && c == ' ');
            if (isHan)
            {
                han++;
                inWord = false;
            }
            else if (char.IsLetter(c) && c < '\u2E80')
            {
                letters++;
                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else
            {
                inWord = false;
            }
        }

        if (han == 0)
        {
            return letters == 0 ? fallback : SentenceLanguage.En;
        }

        if (letters == 0 || han >= 2 * words)
        {
            return SentenceLanguage.Zh;
        }

        // An English sentence may carry a Chinese name or two ("… called 通义千问 in China").
        return words >= 3 * hanRuns && letters >= 2 * han ? SentenceLanguage.En : SentenceLanguage.Mixed;
    }
}
