using FsCheck.Xunit;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Relations.Tests.Support;

namespace Tupu.Relations.Tests;

/// <summary>Whatever the mention types, no relation violates RelationTypes.Allows.</summary>
public sealed class SchemaTests
{
    private static readonly RelationExtractor Extractor = new();

    private static readonly string[] Templates =
    [
        "[{0}|{1}|a]使用了[{2}|{3}|b]。",
        "[{0}|{1}|a]首席执行官[{2}|{3}|b]称赞[{0}|{1}|a]。",
        "由[{0}|{1}|a]开发的[{2}|{3}|b]。",
        "[{0}|{1}|a]的[{2}|{3}|b]。",
        "[{0}|{1}|a] founded [{2}|{3}|b].",
        "[{0}|{1}|a], chief executive of [{2}|{3}|b], told [{0}|{1}|a].",
        "[{0}|{1}|a]创始人[{2}|{3}|b]基于[{2}|{3}|b]。",
    ];

    [Property(MaxTest = 200)]
    public bool Endpoints_always_fit_the_schema(EntityType first, EntityType second, byte template)
    {
        var markup = string.Format(System.Globalization.CultureInfo.InvariantCulture, Templates[template % Templates.Length], "甲方", first, "乙方", second);
        return Extractor.Extract(Doc.Parse(markup, outlet: "路透社", outletId: "reuters")).Relations
            .All(r => r.Type.Allows(Type(r.SubjectId), Type(r.ObjectId)));

        EntityType Type(string id) => id switch
        {
            "a" => first,
            "b" => second,
            _ => EntityType.MediaOutlet,
        };
    }
}
