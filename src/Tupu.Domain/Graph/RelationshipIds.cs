using System.Buffers;
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
    private const char Separator = '\u001F';

    // One hash object a thread, reset by each use: SHA256.HashData makes and frees a native context a call, which cost
    // a quarter of the 0.42 µs an id took (0.31 µs with the context kept).
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>The id of the relationship keyed by (type, start, end, negated?).</summary>
    public static string Of(RelationType type, string startId, string endId, bool negated = false)
    {
        // The key is type, start, end and polarity joined by U+001F (which cannot occur in ids, so the key is
        // unambiguous), hashed as UTF-8. The parts are encoded one after the other into one buffer: UTF-8 of a
        // concatenation is the concatenation of the parts' UTF-8 when no surrogate pair straddles a joint, and the
        // separator is not a surrogate.
        // A null id joins as an empty one, as string.Join would.
        var schema = type.SchemaName();
        var polarity = negated ? "negated" : "positive";
        ReadOnlySpan<char> start = startId, end = endId;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(schema.Length + start.Length + end.Length + polarity.Length + 3);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        var length = Encoding.UTF8.GetBytes(schema, buffer);
        buffer[length++] = (byte)Separator;
        length += Encoding.UTF8.GetBytes(start, buffer[length..]);
        buffer[length++] = (byte)Separator;
        length += Encoding.UTF8.GetBytes(end, buffer[length..]);
        buffer[length++] = (byte)Separator;
        length += Encoding.UTF8.GetBytes(polarity, buffer[length..]);

        Span<byte> hash = stackalloc byte[32];
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(buffer[..length]);
        sha256.GetHashAndReset(hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Span<char> id = stackalloc char[18];
        id[0] = 'r';
        id[1] = '-';
        Convert.TryToHexStringLower(hash[..8], id[2..], out _);
        return new string(id);
    }
}
