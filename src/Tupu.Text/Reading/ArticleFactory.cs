using System.Security.Cryptography;
using System.Text;
using Tupu.Domain.Articles;

namespace Tupu.Text.Reading;

/// <summary>Builds <see cref="Article"/> records with their stable ids and content hashes.</summary>
internal static class ArticleFactory
{
    public static Article Create(string sourceKey, ArticleFormat format, string encoding, ArticleMetadata metadata, string text)
    {
        var contentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var id = "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey + "\n" + contentHash)))[..16];
        return new Article(id, sourceKey, format, encoding, contentHash, metadata, text);
    }

    /// <summary>The url from the front matter when there is one, else the path as given with forward slashes.</summary>
    public static string SourceKeyOf(string path, ArticleMetadata metadata) =>
        !string.IsNullOrWhiteSpace(metadata.Url) ? metadata.Url : path;

    public static string NormalizePath(string path) => path.Replace('\\', '/');
}
