namespace Tupu.Bolt.Messages;

/// <summary>
/// FAILURE. Bolt 5.7+ (GQL errors) carries the classic status code in "neo4j_code"; older versions in "code".
/// </summary>
internal sealed record FailureMessage(string Code, string Message) : IResponseMessage
{
    public const string UnknownCode = "Neo.DatabaseError.General.UnknownError";

    public static FailureMessage FromMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        var code = metadata.GetValueOrDefault("neo4j_code") as string ?? metadata.GetValueOrDefault("code") as string ?? UnknownCode;
        var message = metadata.GetValueOrDefault("message") as string ?? metadata.GetValueOrDefault("description") as string ?? "(no message)";
        return new FailureMessage(code, message);
    }
}
