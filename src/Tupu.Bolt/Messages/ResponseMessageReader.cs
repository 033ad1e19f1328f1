using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>Decodes one reassembled server message; anything malformed is a <see cref="ProtocolException"/>.</summary>
internal static class ResponseMessageReader
{
    public static IResponseMessage Read(ReadOnlyMemory<byte> message)
    {
        var reader = new PackStreamReader(message);
        var (fields, signature) = reader.ReadStructHeader();
        IResponseMessage result = (signature, fields) switch
        {
            (MessageSignature.Success, 1) => new SuccessMessage(reader.ReadValue() as Dictionary<string, object?> ?? throw Bad("SUCCESS")),
            (MessageSignature.Record, 1) => new RecordMessage(reader.ReadValue() as List<object?> ?? throw Bad("RECORD")),
            (MessageSignature.Ignored, 0) => IgnoredMessage.Instance,
            (MessageSignature.Failure, 1) => FailureMessage.FromMetadata(reader.ReadValue() as Dictionary<string, object?> ?? throw Bad("FAILURE")),
            _ => throw new ProtocolException($"Unexpected server message 0x{signature:X2} with {fields} fields."),
        };
        if (!reader.AtEnd)
        {
            throw new ProtocolException($"{result.GetType().Name} is followed by {message.Length - reader.Position} stray bytes.");
        }

        return result;
    }

    private static ProtocolException Bad(string name) => new($"{name} does not carry the expected map or list.");
}
