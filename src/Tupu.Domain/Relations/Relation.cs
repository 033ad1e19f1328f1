namespace Tupu.Domain.Relations;

/// <summary>
/// One extracted claim between two resolved entities, with its evidence (CoreNLP's RelationTriple, plus certainty).
/// </summary>
/// <param name="AttributedTo">Entity id of the person or outlet whose words carry the claim, when quoted or reported.</param>
/// <param name="Role">For WORKS_FOR: the title (首席执行官, CEO…).</param>
/// <param name="Current">For WORKS_FOR: false for former roles (前…, former).</param>
public sealed record Relation(
    RelationType Type,
    string SubjectId,
    string ObjectId,
    Certainty Certainty,
    double Confidence,
    Evidence Evidence,
    string? AttributedTo = null,
    string? Role = null,
    bool? Current = null);
