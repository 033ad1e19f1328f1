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

        // A pair joins the mentions that are exactly its two spans. The recogniser's mentions are in text order and
        // disjoint (MentionedDocument.CheckedMentions), so a span's mention is found by its start; a document built
        // otherwise is searched from the end, as the dictionary by start that this replaced found the last.
        var ordered = MentionedDocument.FirstOutOfOrder(mentions) < 0;
        foreach (var pair in document.AliasPairs)
        {
            var a = ordered ? MentionAt(mentions, pair.First) : LastMentionAt(mentions, pair.First);
            var b = ordered ? MentionAt(mentions, pair.Second) : LastMentionAt(mentions, pair.Second);
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

    private static int LastMentionAt(ImmutableArray<Mention> mentions, TextSpan span)
    {
        for (var i = mentions.Length - 1; i >= 0; i--)
        {
            if (mentions[i].Span.Start == span.Start)
            {
                return mentions[i].Span == span ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The index of the mention whose span is exactly <paramref name="span"/>, or −1 (mentions in text order).</summary>
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
