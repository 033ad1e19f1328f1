namespace Tupu.Domain.Graph;

/// <summary>Created and merged counts of one label or relationship type.</summary>
public sealed record TypeCount(string Type, int Created, int Merged);
