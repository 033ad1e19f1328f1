using System.Globalization;

namespace Tupu.Bolt.Transport;

/// <summary>A host and port; parses the "host:port" strings of routing tables (IPv6 in brackets).</summary>
internal sealed record ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        var bracketEnd = text.LastIndexOf(']');
        if (colon < 0 || colon < bracketEnd)
        {
            return new ServerAddress(text.Trim('[', ']'), DefaultPort);
        }

        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new ProtocolException($"'{text}' is not a host:port address.");
        }

        return new ServerAddress(text[..colon].Trim('[', ']'), port);
    }

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}" : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
