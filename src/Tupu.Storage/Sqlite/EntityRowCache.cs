using Tupu.Domain.Entities;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// The writer's memory of entity rows as they stand in the store, so an entity that many articles mention (a known
/// company, a model) is not read back and decoded for every one of them. Bounded: two generations of at most
/// <see cref="GenerationSize"/> rows each; when the young one fills, the old one is dropped, so rows in use survive
/// and memory does not grow with the store. An article's rows are kept aside until it is written whole and dropped if
/// it fails; any failed or abandoned transaction, or a commit by another connection, empties the cache.
/// </summary>
internal sealed class EntityRowCache
{
    public const int GenerationSize = 4096;

    private Dictionary<string, Entity> young = new(StringComparer.Ordinal);
    private Dictionary<string, Entity> old = new(StringComparer.Ordinal);
    private long? dataVersion;

    /// <summary>The stored row of <paramref name="id"/>, when the cache holds it.</summary>
    public bool TryGet(string id, out Entity entity)
    {
        if (young.TryGetValue(id, out entity!))
        {
            return true;
        }

        if (old.Remove(id, out entity!))
        {
            Keep(entity);
            return true;
        }

        return false;
    }

    /// <summary>Takes the rows an article read or wrote (null: the row was deleted), once the article is kept.</summary>
    public void Apply(IReadOnlyDictionary<string, Entity?> rows)
    {
        foreach (var (id, row) in rows)
        {
            if (row is null)
            {
                young.Remove(id);
                old.Remove(id);
            }
            else
            {
                old.Remove(id);
                Keep(row);
            }
        }
    }

    /// <summary>
    /// Called at the start of each write transaction with SQLite's <c>PRAGMA data_version</c>, which changes when
    /// another connection commits: then the rows held may be stale and are dropped.
    /// </summary>
    public void Validate(long currentDataVersion)
    {
        if (dataVersion != currentDataVersion)
        {
            Clear();
            dataVersion = currentDataVersion;
        }
    }

    public void Clear()
    {
        young.Clear();
        old.Clear();
        dataVersion = null;
    }

    private void Keep(Entity row)
    {
        if (young.Count >= GenerationSize && !young.ContainsKey(row.Id))
        {
            (old, young) = (young, old);
            young.Clear();
        }

        young[row.Id] = row;
    }
}
