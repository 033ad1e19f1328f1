using System.Security.Cryptography;
using System.Text;
using Tupu.Domain.Relations;

namespace Tupu.Domain.Graph;

/// <summary>
/// Stable relationship ids: "r-" + 16 hex digits of SHA-256 over the relationship's merge key, so every store
/// (SQLite, Neo4j) and every export gives the same relationship the same id.
/// </summary>
public static class RelationshipIds
{
    /// <summary>The id of the relationship keyed by (type, start, end, negated?).</summary>
    public static string Of(RelationType type, string startId, string endId, bool negated = false)
    {
        // U+001F cannot occur in ids, so the joined key is unambiguous.
        var key = string.Join('\u001F', type.SchemaName(), startId, endId, negated ? "negated" : "positive");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return "r-" + Convert.ToHexStringLower(hash[..8]);
    }
}
