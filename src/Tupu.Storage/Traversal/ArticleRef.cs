namespace Tupu.Storage.Traversal;

/// <summary>An article a claim was read in: its id, title and publication date (ISO) when known.</summary>
public sealed record ArticleRef(string Id, string? Title, string? Published);
