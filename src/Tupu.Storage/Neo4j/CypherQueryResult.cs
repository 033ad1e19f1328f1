namespace Tupu.Storage.Neo4j;

/// <summary>
/// The result of <c>tupu query</c>: column names, rows of plain values (string, long, double, bool, null, lists,
/// string-keyed maps; nodes are maps with <c>labels</c> and <c>properties</c>), and the server's write counters.
/// </summary>
public sealed record CypherQueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    Neo4jCounters Counters);
