namespace Tupu.Storage.Neo4j;

/// <summary>What <see cref="SchemaApplier.ApplyAsync"/> did: statements run and what the server created (zero on a re-run).</summary>
public sealed record SchemaApplyResult(int Statements, long ConstraintsAdded, long IndexesAdded);
