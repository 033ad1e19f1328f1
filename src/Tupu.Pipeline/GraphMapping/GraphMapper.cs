using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tupu.Domain.Articles;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Pipeline.GraphMapping;

/// <summary>
/// Last analysis stage: turns an extracted document into the batch a store writes — the Article node, the entities
/// it mentions, its publishing outlet, and the relations with their evidence.
/// </summary>
public sealed class GraphMapper(OutletDirectory outlets)
{
    /// <summary>The MediaOutlet entity the article's byline names, when it has one.</summary>
    public Entity? OutletOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return outlets.Find(article.Metadata.Outlet);
    }

    /// <summary>The article's batch; <paramref name="outlet"/> is <see cref="OutletOf"/> of its article, found once by the caller.</summary>
    public GraphBatch Map(ExtractedDocument document, Entity? outlet)
    {
        ArgumentNullException.ThrowIfNull(document);
        var resolved = document.Resolved;
        var article = resolved.Document.Article;
        var metadata = article.Metadata;

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var mention in resolved.Resolved)
        {
            if (resolved.Entities.TryGetValue(mention.EntityId, out var entity))
            {
                entities.TryAdd(entity.Id, entity);
            }
        }

        if (outlet is not null)
        {
            entities[outlet.Id] = entities.TryGetValue(outlet.Id, out var named) ? Merge(named, outlet) : outlet;
        }

        // Relations may name entities only through pronouns or attribution; keep only those whose endpoints exist,
        // so a store never receives a dangling relationship.
        var kept = ImmutableArray.CreateBuilder<Relation>(document.Relations.Length);
        foreach (var r in document.Relations)
        {
            if (Exists(r.SubjectId) && Exists(r.ObjectId))
            {
                kept.Add(r);
            }
        }

        var relations = kept.DrainToImmutable();
        foreach (var relation in relations)
        {
            AddReferenced(relation.SubjectId);
            AddReferenced(relation.ObjectId);
            if (relation.AttributedTo is { } speaker)
            {
                AddReferenced(speaker);
            }
        }

        var mentionedIds = new HashSet<string>(resolved.Resolved.Length, StringComparer.Ordinal);
        foreach (var mention in resolved.Resolved)
        {
            mentionedIds.Add(mention.EntityId);
        }

        // Distinct strings: an unstable sort orders them as Order does.
        var mentioned = mentionedIds.ToArray();
        Array.Sort(mentioned, StringComparer.Ordinal);

        return new GraphBatch(
            new ArticleRecord(
                article.Id,
                article.SourceKey,
                article.ContentHash,
                metadata.Title,
                metadata.Url,
                metadata.Outlet,
                metadata.Published,
                metadata.Language,
                article.Encoding),
            outlet?.Id,
            [.. entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal)],
            ImmutableCollectionsMarshal.AsImmutableArray(mentioned),
            relations);

        bool Exists(string id) => entities.ContainsKey(id) || resolved.Entities.ContainsKey(id) || id == outlet?.Id;

        void AddReferenced(string id)
        {
            if (!entities.ContainsKey(id) && resolved.Entities.TryGetValue(id, out var entity))
            {
                entities.Add(id, entity);
            }
        }
    }

    private static Entity Merge(Entity mentioned, Entity byline) => mentioned with
    {
        Aliases = [.. mentioned.Aliases.Concat(byline.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };
}
