using System.Buffers;
using System.Text.RegularExpressions;

namespace Tupu.Text.Normalization;

/// <summary>
/// Recognises paragraphs that are not article content: copyright and disclaimer footers, contact lines with phone
/// numbers or e-mail addresses, photo credits. Such text is dropped from analysis so it never yields entities.
/// </summary>
internal static partial class BoilerplateDetector
{
    /// <summary>Longer paragraphs are body text even when they mention a copyright or an e-mail address.</summary>
    internal const int MaxBoilerplateLength = 300;

    /// <summary>
    /// Words without which none of the patterns can match. One vectorised search per paragraph keeps the regular
    /// expressions off ordinary body text, which is almost all of it.
    /// </summary>
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        [
            "版权", "版權", "©", "copyright", "rights reserved", "免责", "免責", "转载", "轉載", "未经", "未經", "(c)", "disclaimer",
            "图", "圖", "照片", "photo", "image", "picture", "credit", "getty", "摄", "攝",
            "联系", "聯絡", "聯繫", "联络", "contact", "get in touch", "@", "电话", "電話", "热线", "熱線", "传真", "傳真",
            "tel", "phone", "fax", "hotline", "邮箱", "郵箱", "电邮", "電郵", "邮件", "郵件", "mail",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a paragraph could be boilerplate at all (cheap).</summary>
    public static bool MayBeBoilerplate(ReadOnlySpan<char> paragraph) =>
        paragraph.Length <= MaxBoilerplateLength && paragraph.IndexOfAny(Triggers) >= 0;

    public static bool IsBoilerplate(string paragraph) => MayBeBoilerplate(paragraph) && IsBoilerplateCandidate(paragraph);

    /// <summary><see cref="IsBoilerplate"/> of a paragraph already known to pass <see cref="MayBeBoilerplate"/>.</summary>
    public static bool IsBoilerplateCandidate(string paragraph)
    {
        if (Copyright().IsMatch(paragraph) || PhotoCredit().IsMatch(paragraph))
        {
            return true;
        }

        var email = Email().IsMatch(paragraph);
        var phone = Phone().IsMatch(paragraph);
        return ContactWord().IsMatch(paragraph) && (email || phone || paragraph.Length < 40)
            || (email && phone)
            || (phone && PhoneWord().IsMatch(paragraph))
            || (email && EmailWord().IsMatch(paragraph));
    }

    /// <summary>
    /// Length of a trailing credit such as "（新华社记者 张三 摄）" or "(Photo: Reuters)" at the end of a caption, or 0.
    /// </summary>
    public static int TrailingCreditLength(string paragraph) => MayBeBoilerplate(paragraph) ? TrailingCreditLengthOfCandidate(paragraph) : 0;

    /// <summary><see cref="TrailingCreditLength"/> of a paragraph already known to pass <see cref="MayBeBoilerplate"/>.</summary>
    public static int TrailingCreditLengthOfCandidate(string paragraph)
    {
        var match = TrailingCredit().Match(paragraph);
        return match.Success && match.Index > 0 ? match.Length : 0;
    }

    [GeneratedRegex(@"版权所有|版權所有|©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|免责声明|免責聲明|不得转载|不得轉載|转载请注明|轉載請註明|未经.{0,12}(授权|许可)|未經.{0,12}(授權|許可)|\bdisclaimer\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^\s*[(（]?\s*(?:(?:图|圖)\s*[/／:：|丨]|(?:图片|圖片|照片)\s*(?:来源|來源|提供)|(?:photo|image|picture|photograph|credit)s?\s*(?::|by\b)|photo credit)|getty images|(?:摄|攝)\s*[)）]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"[(（](?:[^()（）]{0,40}(?:摄|攝)|\s*(?:图片来源|圖片來源|photo|image|credit)[:：\s][^()（）]{0,60})[)）]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:\+?\d{1,3}[\s\-]?)?(?:\(?\d{2,4}\)?[\s\-]?)?\d{3,4}[\s\-]?\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"联系我们|聯絡我們|联系方式|聯繫方式|联络我们|contact us|contact:|get in touch", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactWord();

    [GeneratedRegex(@"电话|電話|热线|熱線|传真|傳真|\btel\b|\bphone\b|\bfax\b|hotline", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneWord();

    [GeneratedRegex(@"邮箱|郵箱|电邮|電郵|邮件|郵件|e-?mail", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailWord();
}
