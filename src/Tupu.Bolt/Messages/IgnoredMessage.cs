namespace Tupu.Bolt.Messages;

/// <summary>IGNORED: the request was skipped because an earlier one failed (or a RESET interrupted it).</summary>
internal sealed record IgnoredMessage : IResponseMessage
{
    public static IgnoredMessage Instance { get; } = new();
}
