namespace Tupu.Domain.Graph;

/// <summary>What writing one article did.</summary>
public enum WriteOutcome
{
    Inserted,
    Replaced,
    Unchanged,
}
