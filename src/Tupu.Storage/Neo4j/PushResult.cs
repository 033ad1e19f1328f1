namespace Tupu.Storage.Neo4j;

/// <summary>What <see cref="Neo4jGraphStore.PushAsync"/> copied, and what the server reported it changed.</summary>
/// <param name="Nodes">Nodes sent (each merged on its id).</param>
/// <param name="Relationships">Relationships sent (each merged on its id).</param>
/// <param name="Transactions">Write transactions committed (one per batch).</param>
/// <param name="Counters">The server's write counters, summed; zero when the target already held the same graph.</param>
public sealed record PushResult(long Nodes, long Relationships, int Transactions, Neo4jCounters Counters);
