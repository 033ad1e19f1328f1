using System.Globalization;
using System.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Normalization;

/// <summary>
/// Per-character NFKC folding for the whole BMP, computed once. Folding character by character (instead of calling
/// string.Normalize on the text) keeps the offset map exact and costs one table lookup per character.
/// </summary>
/// <remarks>
/// Chinese sentence punctuation is deliberately not folded: NFKC turns ，！？；：（） into ASCII and … into "...",
/// which would blur Chinese sentence boundaries and change lengths. Full-width letters and digits are folded.
/// </remarks>
internal sealed class FoldTable
{
    /// <summary>Full-width punctuation that Chinese text uses as punctuation and that must stay as printed.</summary>
    internal const string KeptPunctuation = "！（），：；？…‥";

    private static readonly Lazy<FoldTable> Shared = new(() => new FoldTable(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FoldKind[] _kinds = new FoldKind[char.MaxValue + 1];
    private readonly char[] _mapped = new char[char.MaxValue + 1];
    private readonly Dictionary<char, string> _expansions = new();

    private FoldTable()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            _kinds[i] = Classify(c, out var mapped, out var expansion);
            _mapped[i] = mapped;
            if (expansion is not null)
            {
                _expansions[c] = expansion;
            }
        }
    }

    public static FoldTable Instance => Shared.Value;

    public FoldKind KindOf(char c) => _kinds[c];

    public char MappedOf(char c) => _mapped[c];

    public string ExpansionOf(char c) => _expansions[c];

    private static FoldKind Classify(char c, out char mapped, out string? expansion)
    {
        mapped = c;
        expansion = null;
        if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v')
        {
            return FoldKind.Newline;
        }

        if (char.IsWhiteSpace(c))
        {
            return FoldKind.Space;
        }

        if (c < 0x80)
        {
            return char.IsControl(c) ? FoldKind.Drop : FoldKind.Keep;
        }

        if (char.IsSurrogate(c) || (ScriptConverter.IsHan(c) && c < '\uF900') || KeptPunctuation.Contains(c, StringComparison.Ordinal))
        {
            return FoldKind.Keep;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse:
                return category == UnicodeCategory.PrivateUse ? FoldKind.Keep : FoldKind.Drop;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return FoldKind.Combining;
        }

        string folded;
        try
        {
            folded = c.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return FoldKind.Keep;
        }

        if (folded.Length == 1)
        {
            mapped = folded[0];
            return mapped == c ? FoldKind.Keep : FoldKind.Map;
        }

        if (folded.Length == 0)
        {
            return FoldKind.Drop;
        }

        expansion = folded;
        return FoldKind.Expand;
    }
}
