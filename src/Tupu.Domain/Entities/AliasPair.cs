namespace Tupu.Domain.Entities;

using Tupu.Domain.Text;

/// <summary>Two mentions the text says name the same entity (黄仁勋（Jensen Huang）, apposition).</summary>
public sealed record AliasPair(TextSpan First, TextSpan Second);
