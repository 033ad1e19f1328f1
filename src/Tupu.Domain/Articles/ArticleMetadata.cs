namespace Tupu.Domain.Articles;

/// <summary>What an article says about itself (front matter, HTML meta tags). Every field is optional.</summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Outlet = null,
    DateOnly? Published = null,
    string? Url = null,
    string? Language = null)
{
    public static ArticleMetadata Empty { get; } = new();
}
