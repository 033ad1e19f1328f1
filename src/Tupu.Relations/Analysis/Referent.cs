using Tupu.Domain.Entities;

namespace Tupu.Relations.Analysis;

/// <summary>An entity an argument may stand for.</summary>
internal readonly record struct Referent(string EntityId, EntityType Type);
