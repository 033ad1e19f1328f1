namespace Tupu.Bolt.Handshake;

/// <summary>
/// The opening exchange: magic 60 60 B0 17 and four 4-byte proposals (00, range, minor, major). We offer 5.8 down to
/// 5.0 as one range entry, then 4.4, which reaches every server from Neo4j 4.4 on. The server answers with the
/// version it picked, or zeros when it supports none.
/// </summary>
internal static class BoltHandshake
{
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>The 20 bytes we send.</summary>
    public static byte[] Request() =>
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x08, 0x08, 0x05, // 5.8 and the 8 minors below it: 5.8 … 5.0
        0x00, 0x00, 0x04, 0x04, // 4.4
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>Interprets the server's 4-byte answer.</summary>
    public static BoltVersion ParseResponse(ReadOnlySpan<byte> response)
    {
        if (response.Length != 4)
        {
            throw new ProtocolException($"The handshake answer has {response.Length} bytes instead of 4.");
        }

        if (response.SequenceEqual("HTTP"u8))
        {
            throw new ProtocolException(
                "The server answered the Bolt handshake with HTTP: the address is an HTTP port (usually 7474); use the Bolt port (usually 7687).");
        }

        if (response.SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0]))
        {
            throw new ProtocolException(
                "The server agreed to none of the offered Bolt versions (5.8 to 5.0, 4.4): Neo4j 4.4 or later is required.");
        }

        var version = new BoltVersion(response[3], response[2]);
        if (response[0] != 0 || response[1] != 0 || !IsOffered(version))
        {
            throw new ProtocolException($"The server chose Bolt {version}, which was not offered (answer {Convert.ToHexString(response)}).");
        }

        return version;
    }

    public static bool IsOffered(BoltVersion version) =>
        version == BoltVersion.V4_4 || (version.Major == 5 && version.Minor <= 8);
}
