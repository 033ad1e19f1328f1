namespace Tupu.Bolt.Messages;

/// <summary>SUCCESS with its metadata (fields, has_more, bookmark, stats, db, rt, …).</summary>
internal sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;
}
