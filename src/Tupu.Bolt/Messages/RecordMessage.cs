namespace Tupu.Bolt.Messages;

/// <summary>RECORD: one row of values, in the order of the RUN's "fields".</summary>
internal sealed record RecordMessage(IReadOnlyList<object?> Fields) : IResponseMessage;
