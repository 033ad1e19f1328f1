namespace Tupu.Entities.Catalog;

/// <summary>Lists of entity ids that hold each id once, in the order first added (they are short: a name's few ids).</summary>
internal static class IdLists
{
    /// <summary>Adds <paramref name="id"/> to <paramref name="ids"/> unless it holds it already.</summary>
    public static void AddNew(List<string> ids, string id)
    {
        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            ids.Add(id);
        }
    }

    /// <summary>Adds to <paramref name="ids"/> the ids of <paramref name="more"/> it does not hold yet.</summary>
    public static void AddNew(List<string> ids, IEnumerable<string> more)
    {
        foreach (var id in more)
        {
            AddNew(ids, id);
        }
    }
}
