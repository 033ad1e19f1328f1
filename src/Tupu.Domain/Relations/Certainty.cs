namespace Tupu.Domain.Relations;

/// <summary>
/// How sure the source is of a claim. Negated claims are stored as such and never as plain facts; a speculated
/// claim is raised to asserted when a later source confirms it.
/// </summary>
public enum Certainty
{
    Asserted,
    Speculated,
    Negated,
}
