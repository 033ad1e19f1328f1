namespace Tupu.Storage.Neo4j;

/// <summary>One Cypher statement the tool sends: a stable name, its text, and the parameters it expects.</summary>
/// <param name="Name">Dotted name, e.g. <c>claim.merge.USES.Company.Model</c>.</param>
/// <param name="Text">The Cypher text. Labels and types in it come from the schema's closed vocabulary only.</param>
/// <param name="Parameters">Names of the <c>$parameters</c> the text uses, without the <c>$</c>.</param>
public sealed record CypherStatement(string Name, string Text, IReadOnlyList<string> Parameters);
