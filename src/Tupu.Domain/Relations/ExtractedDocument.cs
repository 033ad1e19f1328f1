using System.Collections.Immutable;
using Tupu.Domain.Entities;

namespace Tupu.Domain.Relations;

/// <summary>Sixth stage: the resolved document with the relations read from it.</summary>
public sealed record ExtractedDocument(ResolvedDocument Resolved, ImmutableArray<Relation> Relations);
