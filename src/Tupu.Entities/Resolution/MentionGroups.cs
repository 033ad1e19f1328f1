using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;

namespace Tupu.Entities.Resolution;

/// <summary>Mentions joined by alias pairs (union-find): each group names one entity.</summary>
internal static class MentionGroups
{
    /// <summary>Groups of mention indices, each in text order, ordered by their first mention.</summary>
    public static List<List<int>> Of(MentionedDocument document)
    {
        var mentions = document.Mentions;
        var parent = new int[mentions.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // A pair joins the mentions that are exactly its two spans. Mentions are in text order and disjoint
        // (MentionedDocument checks it), so a span's mention is found by its start.
        foreach (var pair in document.AliasPairs)
        {
            var a = MentionAt(mentions, pair.First);
            var b = MentionAt(mentions, pair.Second);
            if (a >= 0 && b >= 0)
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

    /// <summary>The index of the mention whose span is exactly <paramref name="span"/>, or −1.</summary>
    private static int MentionAt(ImmutableArray<Mention> mentions, TextSpan span)
    {
        int low = 0, high = mentions.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var start = mentions[middle].Span.Start;
            if (start == span.Start)
            {
                return mentions[middle].Span == span ? middle : -1;
            }

            if (start < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
