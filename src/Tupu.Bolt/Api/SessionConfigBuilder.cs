namespace Tupu.Bolt;

/// <summary>Per-session settings.</summary>
public sealed class SessionConfigBuilder
{
    /// <summary>Target database; null for the server's default.</summary>
    public string? Database { get; private set; }

    public IReadOnlyList<string> Bookmarks { get; private set; } = [];

    public long? FetchSize { get; private set; }

    public SessionConfigBuilder WithDatabase(string? database)
    {
        Database = database;
        return this;
    }

    public SessionConfigBuilder WithBookmarks(IReadOnlyList<string> bookmarks)
    {
        Bookmarks = bookmarks;
        return this;
    }

    public SessionConfigBuilder WithFetchSize(long fetchSize)
    {
        FetchSize = fetchSize;
        return this;
    }
}
