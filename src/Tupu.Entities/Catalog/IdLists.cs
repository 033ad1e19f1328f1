namespace Tupu.Entities.Catalog;

/// <summary>Lists of entity ids that hold each id once, in the order first added (they are short: a name's few ids).</summary>
internal static class IdLists
{
    /// <summary>Adds to <paramref name="ids"/> the ids of <paramref name="more"/> it does not hold yet.</summary>
    public static void AddNew(List<string> ids, IEnumerable<string> more)
    {
        foreach (var id in more)
        {
            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }
    }
}
