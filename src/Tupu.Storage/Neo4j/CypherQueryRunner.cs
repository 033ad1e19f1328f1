using System.Globalization;
using System.Text.Json;
using Tupu.Bolt;
using Tupu.Domain;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Runs a user's Cypher (<c>tupu query "CYPHER" --param name=value</c>) as one auto-commit query, so it may read,
/// write or use CALL … IN TRANSACTIONS. The text is the user's own; values still travel as parameters.
/// </summary>
public sealed class CypherQueryRunner(IDriver driver, string? database)
{
    /// <summary>Runs <paramref name="query"/> and reads every row.</summary>
    public async Task<CypherQueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        await using var session = driver.AsyncSession(c => c.WithDatabase(database));
        var cursor = await session.RunAsync(query, parameters ?? new Dictionary<string, object?>(), cancellationToken);
        var columns = await cursor.KeysAsync(cancellationToken);
        var rows = new List<IReadOnlyList<object?>>();
        while (await cursor.FetchAsync(cancellationToken))
        {
            rows.Add([.. cursor.Current.Values.Select(PlainValues.FromBolt)]);
        }

        var summary = await cursor.ConsumeAsync(cancellationToken);
        return new CypherQueryResult(columns, rows, Neo4jCounters.Zero.Add(summary.Counters));
    }

    /// <summary>
    /// Parses <c>name=value</c> assignments. A value is read as JSON when it is one (numbers, true/false, null,
    /// "quoted", [lists], {maps}); anything else is a string, so <c>--param name=英伟达</c> needs no quotes.
    /// Throws <see cref="TupuException"/> (InvalidArgument) for an assignment without a valid name.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ParseParameters(IEnumerable<string> assignments)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var eq = assignment.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? assignment[..eq].Trim() : string.Empty;
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(name[0]))
            {
                throw new TupuException(ErrorCode.InvalidArgument, $"--param '{assignment}' is not NAME=VALUE with NAME a Cypher parameter name.");
            }

            result[name] = ParseValue(assignment[(eq + 1)..]);
        }

        return result;
    }

    private static object? ParseValue(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>Formats a plain value for a table cell (invariant culture; maps and lists as JSON).</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, FormatOptions),
    };

    private static readonly JsonSerializerOptions FormatOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
