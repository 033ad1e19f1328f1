namespace Tupu.Bolt.Transport;

/// <summary>
/// A parsed connection URI. bolt* schemes talk to one server; neo4j* schemes route (ROUTE asks for the cluster's
/// members); query parameters of a neo4j* URI become the routing context sent to the server.
/// </summary>
internal sealed record BoltUri(ServerAddress Address, bool Routing, TlsMode Tls, IReadOnlyDictionary<string, string> RoutingContext)
{
    public static BoltUri Parse(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"'{uri}' is not a valid URI.", nameof(uri));
        }

        var (routing, tls) = parsed.Scheme switch
        {
            "bolt" => (false, TlsMode.None),
            "bolt+s" => (false, TlsMode.Verified),
            "bolt+ssc" => (false, TlsMode.TrustAny),
            "neo4j" => (true, TlsMode.None),
            "neo4j+s" => (true, TlsMode.Verified),
            "neo4j+ssc" => (true, TlsMode.TrustAny),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{parsed.Scheme}': use bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://.", nameof(uri)),
        };

        var address = new ServerAddress(parsed.Host.Trim('[', ']'), parsed.IsDefaultPort || parsed.Port < 0 ? ServerAddress.DefaultPort : parsed.Port);
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"Routing context entry '{pair}' is not key=value.", nameof(uri));
            }

            if (!routing)
            {
                throw new ArgumentException("Routing context (query parameters) is only allowed with neo4j:// schemes.", nameof(uri));
            }

            context[Uri.UnescapeDataString(pair[..eq])] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }

        // The server uses "address" to tell which of its advertised addresses the client dialled.
        if (routing)
        {
            context["address"] = address.ToString();
        }

        return new BoltUri(address, routing, tls, context);
    }
}
