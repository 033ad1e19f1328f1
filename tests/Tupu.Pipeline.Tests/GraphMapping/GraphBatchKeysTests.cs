using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Domain.Text;
using Xunit;

namespace Tupu.Pipeline.Tests.GraphMapping;

/// <summary>A batch's relationship keys, computed where the batch is made: MENTIONS edges and claim ids.</summary>
public sealed class GraphBatchKeysTests
{
    private static readonly ArticleRecord Article = new("a-1", "news/1.txt", "h1", "Title", null, null, null, "zh", "utf-8");

    [Fact]
    public void Mentions_are_the_mentioned_entities_and_every_relation_end_once_each_in_ordinal_order()
    {
        var batch = Batch(["model/qwen", "company/alibaba", "model/qwen"], [Claim(RelationType.Uses, "person/x", "model/qwen"), Claim(RelationType.Develops, "company/alibaba", "model/b")]);

        Assert.Equal(["company/alibaba", "model/b", "model/qwen", "person/x"], batch.Mentions.Select(m => m.EntityId));
        Assert.All(batch.Mentions, m => Assert.Equal(RelationshipIds.Of(RelationType.Mentions, "a-1", m.EntityId), m.RelationshipId));
    }

    [Fact]
    public void Relation_ids_follow_the_relations_and_a_negated_claim_has_its_own()
    {
        var asserted = Claim(RelationType.Uses, "company/a", "model/b");
        var negated = asserted with { Certainty = Certainty.Negated };
        var speculated = asserted with { Certainty = Certainty.Speculated };
        var batch = Batch([], [asserted, negated, speculated]);

        Assert.Equal(
            [
                RelationshipIds.Of(RelationType.Uses, "company/a", "model/b"),
                RelationshipIds.Of(RelationType.Uses, "company/a", "model/b", negated: true),
                RelationshipIds.Of(RelationType.Uses, "company/a", "model/b"),
            ],
            batch.RelationIds.ToArray());
        Assert.NotEqual(batch.RelationIds[0], batch.RelationIds[1]);
    }

    [Fact]
    public void A_copy_with_other_members_has_the_keys_of_its_own_members()
    {
        var batch = Batch(["company/a"], [Claim(RelationType.Uses, "company/a", "model/b")]);

        var otherArticle = batch with { Article = Article with { Id = "a-2" } };
        var otherRelations = batch with { Relations = [Claim(RelationType.Praised, "person/p", "model/c")] };
        var otherMentions = batch with { MentionedEntityIds = ["company/z"] };

        Assert.All(otherArticle.Mentions, m => Assert.Equal(RelationshipIds.Of(RelationType.Mentions, "a-2", m.EntityId), m.RelationshipId));
        Assert.Equal([RelationshipIds.Of(RelationType.Praised, "person/p", "model/c")], otherRelations.RelationIds.ToArray());
        Assert.Equal(["company/a", "model/c", "person/p"], otherRelations.Mentions.Select(m => m.EntityId));
        Assert.Equal(["company/a", "company/z", "model/b"], otherMentions.Mentions.Select(m => m.EntityId));
        Assert.Equal(["company/a", "model/b"], batch.Mentions.Select(m => m.EntityId));
    }

    [Fact]
    public void Batches_with_the_same_members_are_equal()
    {
        var relations = ImmutableArray.Create(Claim(RelationType.Uses, "company/a", "model/b"));
        ImmutableArray<string> mentioned = ["company/a"];

        var one = new GraphBatch(Article, null, [], mentioned, relations);
        var other = new GraphBatch(Article, null, [], mentioned, relations);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, other with { OutletId = "mediaoutlet/x" });
    }

    private static GraphBatch Batch(string[] mentioned, Relation[] relations) =>
        new(Article, null, [], [.. mentioned], [.. relations]);

    private static Relation Claim(RelationType type, string subject, string @object) =>
        new(type, subject, @object, Certainty.Asserted, 0.8, new Evidence("a-1", "s", new TextSpan(0, 1), "t", null));
}
