using System.Text;
using Tupu.Text.Scripts;

namespace Tupu.Pipeline.Evaluation;

/// <summary>A name folded for comparison: NFKC, Simplified script, lower case, without spaces and joiners.</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = ScriptConverter.ToSimplified(name.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
