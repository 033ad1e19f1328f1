using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>Small hand-made graph batches.</summary>
internal static class Batches
{
    public static readonly DateOnly Published = new(2025, 1, 20);

    public static Entity Company(string id, string name, params string[] aliases) => Entity(id, EntityType.Company, name, aliases);

    public static Entity Model(string id, string name, params string[] aliases) => Entity(id, EntityType.Model, name, aliases);

    public static Entity Person(string id, string name, params string[] aliases) => Entity(id, EntityType.Person, name, aliases);

    public static Entity Outlet(string id, string name, params string[] aliases) => Entity(id, EntityType.MediaOutlet, name, aliases);

    public static Entity Entity(string id, EntityType type, string name, params string[] aliases) =>
        new(id, type, name, name, null, [.. aliases], 1.0, EntitySource.Lexicon);

    public static Relation Claim(
        RelationType type,
        string subject,
        string @object,
        int start,
        string sentence,
        Certainty certainty = Certainty.Asserted,
        double confidence = 0.9,
        string articleId = "a-0000000000000001",
        string? role = null,
        bool? current = null) =>
        new(type, subject, @object, certainty, confidence,
            new Evidence(articleId, sentence, new TextSpan(start, start + sentence.Length), "uses", Published),
            Role: role, Current: current);

    public static GraphBatch Batch(
        IEnumerable<Entity> entities,
        IEnumerable<Relation>? relations = null,
        string articleId = "a-0000000000000001",
        string sourceKey = "corpus/en/alibaba.md",
        string? outletId = null,
        IEnumerable<string>? mentioned = null)
    {
        var list = entities.ToImmutableArray();
        return new GraphBatch(
            new ArticleRecord(articleId, sourceKey, "hash-" + articleId, "Alibaba adopts DeepSeek", "https://example.org/a", "Reuters", Published, "en", "utf-8"),
            outletId,
            list,
            [.. mentioned ?? list.Select(e => e.Id)],
            [.. relations ?? []]);
    }

    /// <summary>Alibaba USES DeepSeek-R1, reported by Reuters.</summary>
    public static GraphBatch AlibabaUsesDeepSeek(string articleId = "a-0000000000000001", string sourceKey = "corpus/en/alibaba.md") =>
        Batch(
            [Company("company/alibaba", "Alibaba", "阿里巴巴", "Alibaba"), Model("model/deepseek-r1", "DeepSeek-R1", "DeepSeek-R1"), Outlet("outlet/reuters", "Reuters", "Reuters")],
            [Claim(RelationType.Uses, "company/alibaba", "model/deepseek-r1", 10, "Alibaba uses DeepSeek-R1.", articleId: articleId)],
            articleId,
            sourceKey,
            outletId: "outlet/reuters");
}
