namespace Tupu.Bolt.Messages;

/// <summary>The "extra" map shared by BEGIN and auto-commit RUN: bookmarks, timeout, metadata, access mode, database.</summary>
internal sealed record TransactionExtra(
    IReadOnlyList<string> Bookmarks,
    TimeSpan? Timeout,
    IReadOnlyDictionary<string, object?> Metadata,
    bool ReadMode,
    string? Database)
{
    public static TransactionExtra Empty { get; } = new([], null, new Dictionary<string, object?>(), false, null);

    /// <summary>Absent entries are left out: the server treats a missing key as its default.</summary>
    public Dictionary<string, object?> ToMap()
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Bookmarks.Count > 0)
        {
            map["bookmarks"] = Bookmarks;
        }

        if (Timeout is { } timeout)
        {
            // Milliseconds; round a sub-millisecond timeout up so it does not become "no timeout" (0).
            map["tx_timeout"] = (long)Math.Ceiling(timeout.TotalMilliseconds);
        }

        if (Metadata.Count > 0)
        {
            map["tx_metadata"] = Metadata;
        }

        if (ReadMode)
        {
            map["mode"] = "r";
        }

        if (Database is not null)
        {
            map["db"] = Database;
        }

        return map;
    }
}
