using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;

namespace Tupu.Storage.Tests.Support;

/// <summary>Small builders for entities, articles, relations and batches.</summary>
internal static class Fixtures
{
    public static Entity Entity(EntityType type, string key, string name, params string[] aliases) => new(
        Id: $"{Labels.Of(type)}/{key}",
        Type: type,
        Name: name,
        NameEn: name,
        NameZh: aliases.FirstOrDefault(a => a.Any(c => c >= '\u4E00')),
        Aliases: [.. aliases.Append(name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Confidence: 0.9,
        Source: EntitySource.Lexicon);

    public static Entity Company(string key, string name, params string[] aliases) => Entity(EntityType.Company, key, name, aliases);

    public static Entity Model(string key, string name, params string[] aliases) => Entity(EntityType.Model, key, name, aliases);

    public static Entity Person(string key, string name, params string[] aliases) => Entity(EntityType.Person, key, name, aliases);

    public static Entity Outlet(string key, string name, params string[] aliases) => Entity(EntityType.MediaOutlet, key, name, aliases);

    public static ArticleRecord Article(string source, string hash = "h1", DateOnly? published = null, string? title = null) => new(
        Id: $"a-{source}-{hash}",
        SourceKey: source,
        ContentHash: hash,
        Title: title ?? $"Title of {source}",
        Url: $"https://example.com/{source}",
        Outlet: null,
        Published: published,
        Language: "en",
        Encoding: "utf-8");

    public static Relation Relation(
        RelationType type,
        Entity subject,
        Entity @object,
        ArticleRecord article,
        string sentence,
        int start = 0,
        Certainty certainty = Certainty.Asserted,
        double confidence = 0.8,
        string trigger = "uses",
        string? attributedTo = null,
        string? role = null,
        bool? current = null) => new(
            type,
            subject.Id,
            @object.Id,
            certainty,
            confidence,
            new Evidence(article.Id, sentence, new TextSpan(start, start + sentence.Length), trigger, article.Published),
            attributedTo,
            role,
            current);

    public static GraphBatch Batch(ArticleRecord article, IEnumerable<Entity> entities, IEnumerable<Relation>? relations = null, string? outletId = null)
    {
        var list = entities.ToImmutableArray();
        return new GraphBatch(
            article,
            outletId,
            list,
            [.. list.Where(e => e.Id != outletId).Select(e => e.Id)],
            [.. relations ?? []]);
    }
}
