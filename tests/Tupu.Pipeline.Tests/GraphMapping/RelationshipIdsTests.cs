using System.Security.Cryptography;
using System.Text;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Xunit;

namespace Tupu.Pipeline.Tests.GraphMapping;

/// <summary>Relationship ids are SHA-256 of the joined key as UTF-8: the encoder must not change a single id.</summary>
public sealed class RelationshipIdsTests
{
    [Theory]
    [InlineData("company:alibaba", "model:qwen", false)]
    [InlineData("company:alibaba", "model:qwen", true)]
    [InlineData("", "", false)]
    [InlineData("公司:阿里巴巴", "模型:通义千问", false)]
    [InlineData("person:\uD83D\uDE00", "x\uD800", true)]
    [InlineData("\uDC00lone", "trail\uD83D", false)]
    [InlineData("e\u0301", "ﬁ", true)]
    public void Ids_are_the_hash_of_the_joined_key(string start, string end, bool negated)
    {
        foreach (var type in Enum.GetValues<RelationType>())
        {
            Assert.Equal(Reference(type, start, end, negated), RelationshipIds.Of(type, start, end, negated));
        }
    }

    [Fact]
    public void Long_ids_are_hashed_whole()
    {
        var start = string.Concat(Enumerable.Repeat("阿里巴巴", 300));
        var end = new string('x', 2000);
        Assert.Equal(Reference(RelationType.Uses, start, end, false), RelationshipIds.Of(RelationType.Uses, start, end));
        Assert.Equal(Reference(RelationType.Uses, end, start, true), RelationshipIds.Of(RelationType.Uses, end, start, negated: true));
    }

    [Fact]
    public void Ids_made_on_many_threads_at_once_are_those_made_on_one()
    {
        // Each thread keeps its own hash object between ids: one shared between threads would mix their inputs.
        var keys = Enumerable.Range(0, 200_000).Select(i => ($"company:{i}", $"model:{i * 7919 % 200_000}", i % 3 == 0)).ToArray();
        var expected = keys.Select(k => Reference(RelationType.Uses, k.Item1, k.Item2, k.Item3)).ToArray();
        var actual = new string[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            actual[i] = RelationshipIds.Of(RelationType.Uses, keys[i].Item1, keys[i].Item2, keys[i].Item3));
        Assert.Equal(expected, actual);
    }

    private static string Reference(RelationType type, string start, string end, bool negated)
    {
        var key = string.Join('\u001F', type.SchemaName(), start, end, negated ? "negated" : "positive");
        return "r-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..8]);
    }
}
