using System.Text;
using Tupu.Domain.Entities;
using Tupu.Entities.Automaton;
using Tupu.Entities.Lexicon;

namespace Tupu.Entities.Resolution;

/// <summary>
/// Ids of discovered entities: the type's id prefix and a slug of the name (English when known). The id depends only
/// on type and name, so the same name discovered in two articles is one node in whatever order they are processed.
/// </summary>
internal static class DiscoveredIds
{
    public static string For(EntityType type, string name) => EntityTypeNames.IdPrefix(type) + "/" + Slug(name);

    /// <summary>Script-normalised, case-folded; spaces and name dots become '-'; Han kept; other punctuation dropped.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in NameKeys.Exact(name))
        {
            if (c is ' ' or '\u00B7' or '-' or '_' or '/')
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
            else if (char.IsLetterOrDigit(c) || c is '.' or '+')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim('-', '.');
    }
}
