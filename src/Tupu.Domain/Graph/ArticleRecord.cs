namespace Tupu.Domain.Graph;

/// <summary>The Article node's properties (key: <paramref name="Id"/>).</summary>
public sealed record ArticleRecord(
    string Id,
    string SourceKey,
    string ContentHash,
    string? Title,
    string? Url,
    string? Outlet,
    DateOnly? Published,
    string? Language,
    string Encoding);
