using System.Text;

namespace Tupu.Storage.Traversal;

/// <summary>
/// The lookup key of a name: NFKC (full-width and compatibility forms folded), upper-cased invariantly (case-fold),
/// whitespace runs collapsed. Simplified and Traditional forms match because entities carry both as aliases.
/// </summary>
internal static class AliasKey
{
    public static string Of(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var key = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c);
        }

        return key.ToString();
    }
}
