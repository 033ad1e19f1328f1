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

    private static string Reference(RelationType type, string start, string end, bool negated)
    {
        var key = string.Join('\u001F', type.SchemaName(), start, end, negated ? "negated" : "positive");
        return "r-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..8]);
    }
}
