using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>A message the client sends; it knows its own PackStream form.</summary>
internal interface IRequestMessage
{
    byte Signature { get; }

    void Write(PackStreamWriter writer);
}
