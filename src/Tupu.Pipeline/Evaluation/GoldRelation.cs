using Tupu.Domain.Relations;

namespace Tupu.Pipeline.Evaluation;

/// <summary>One gold relation of one article, endpoints named by surface forms.</summary>
public sealed record GoldRelation(string Article, RelationType Type, string Subject, string Object, Certainty Certainty);
