using Tupu.Domain.Entities;

namespace Tupu.Entities.Resolution;

/// <summary>
/// The choice among candidates: how well the surface matched, whether the type agrees with the mention's, and whether
/// the article names the candidate's family or members elsewhere. A fuzzy match of another type is no match.
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
            if (!typeAgrees && candidate.Kind == MatchKind.Fuzzy)
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
