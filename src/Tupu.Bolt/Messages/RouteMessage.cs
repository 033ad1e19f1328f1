using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>ROUTE (4.4+ form): asks a cluster member for the routing table of <see cref="Database"/> (null: the default).</summary>
internal sealed record RouteMessage(IReadOnlyDictionary<string, string> RoutingContext, IReadOnlyList<string> Bookmarks, string? Database) : IRequestMessage
{
    public byte Signature => MessageSignature.Route;

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, Signature);
        writer.WriteValue(RoutingContext.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));
        writer.WriteValue(Bookmarks);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Database is not null)
        {
            extra["db"] = Database;
        }

        writer.WriteValue(extra);
    }
}
