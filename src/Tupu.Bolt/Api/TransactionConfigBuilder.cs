namespace Tupu.Bolt;

/// <summary>Per-transaction settings sent in BEGIN.</summary>
public sealed class TransactionConfigBuilder
{
    public TimeSpan? Timeout { get; private set; }

    public IReadOnlyDictionary<string, object?> Metadata { get; private set; } = new Dictionary<string, object?>();

    public TransactionConfigBuilder WithTimeout(TimeSpan timeout)
    {
        Timeout = timeout;
        return this;
    }

    public TransactionConfigBuilder WithMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        Metadata = metadata;
        return this;
    }
}
