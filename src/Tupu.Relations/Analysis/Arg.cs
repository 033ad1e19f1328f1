using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Relations.Analysis;

/// <summary>
/// A relation argument: a resolved mention (one referent) or a pronoun / short subject whose referents are the
/// compatible entities before it in its paragraph, most recent first.
/// </summary>
internal sealed record Arg(TextSpan Span, ImmutableArray<Referent> Referents, bool IsPronoun)
{
    /// <summary>The most recent referent of one of <paramref name="types"/> other than <paramref name="exclude"/>.</summary>
    public Referent? Pick(IReadOnlyList<EntityType> types, string? exclude = null)
    {
        foreach (var referent in Referents)
        {
            if (types.Contains(referent.Type) && referent.EntityId != exclude)
            {
                return referent;
            }
        }

        return null;
    }
}
