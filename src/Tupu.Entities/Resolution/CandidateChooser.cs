using Tupu.Domain.Entities;

namespace Tupu.Entities.Resolution;

/// <summary>
/// The choice among candidates: how well the surface matched, whether the type agrees with the mention's, and whether
/// the article names the candidate's family or members elsewhere. A fuzzy match stands only for a lexicon name of the same type.
/// </summary>
internal static class CandidateChooser
{
    public static (string Id, MatchKind Kind)? Choose(
        IEnumerable<NameCandidate> candidates,
        EntityType mentionType,
        EntityCatalog catalog,
        IReadOnlySet<string> articleIds)
    {
        (string Id, MatchKind Kind)? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            if (!catalog.TryGet(candidate.EntityId, out var entity))
            {
                continue;
            }

            var typeAgrees = entity.Type == mentionType;
            // One letter apart is a spelling variant of a curated name, but may be another person or another
            // discovery altogether (Zhang Wei / Zhang Wen): fuzzy matches stand only for lexicon non-person names.
            if (candidate.Kind == MatchKind.Fuzzy && (!typeAgrees || entity.Source != EntitySource.Lexicon || entity.Type == EntityType.Person))
            {
                continue;
            }

            var score = (3 - (int)candidate.Kind) + (typeAgrees ? 2.0 : 0.0) + (InContext(entity, articleIds) ? 1.0 : 0.0) +
                        (entity.Source == EntitySource.Lexicon ? 0.1 : 0.0);
            if (score > bestScore)
            {
                bestScore = score;
                best = (entity.Id, candidate.Kind);
            }
        }

        return best;
    }

    private static bool InContext(Entity entity, IReadOnlySet<string> articleIds) =>
        articleIds.Contains(entity.Id) || (entity.FamilyId is { } family && articleIds.Contains(family));
}
