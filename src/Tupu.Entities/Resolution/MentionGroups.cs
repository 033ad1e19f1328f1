using Tupu.Domain.Entities;

namespace Tupu.Entities.Resolution;

/// <summary>Mentions joined by alias pairs (union-find): each group names one entity.</summary>
internal static class MentionGroups
{
    /// <summary>Groups of mention indices, each in text order, ordered by their first mention.</summary>
    public static List<List<int>> Of(MentionedDocument document)
    {
        var mentions = document.Mentions;
        var parent = Enumerable.Range(0, mentions.Length).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Length; i++)
        {
            byStart[mentions[i].Span.Start] = i;
        }

        foreach (var pair in document.AliasPairs)
        {
            if (byStart.TryGetValue(pair.First.Start, out var a) && byStart.TryGetValue(pair.Second.Start, out var b) &&
                mentions[a].Span == pair.First && mentions[b].Span == pair.Second)
            {
                parent[Root(a)] = Root(b);
            }
        }

        // Indices in increasing order: each group is created at its first mention and filled in text order.
        var groupOfRoot = new List<int>?[mentions.Length];
        var groups = new List<List<int>>(mentions.Length);
        for (var i = 0; i < mentions.Length; i++)
        {
            var root = Root(i);
            if (groupOfRoot[root] is not { } group)
            {
                groupOfRoot[root] = group = [];
                groups.Add(group);
            }

            group.Add(i);
        }

        return groups;
    }
}
