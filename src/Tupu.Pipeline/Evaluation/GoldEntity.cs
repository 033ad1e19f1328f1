using Tupu.Domain.Entities;

namespace Tupu.Pipeline.Evaluation;

/// <summary>One gold entity of one article: its type and one surface form as the article wrote it.</summary>
public sealed record GoldEntity(string Article, EntityType Type, string Name);
