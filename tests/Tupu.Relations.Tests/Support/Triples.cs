using Tupu.Domain.Relations;

namespace Tupu.Relations.Tests.Support;

/// <summary>Formats relations as "TYPE subject object certainty" for table comparisons.</summary>
internal static class Triples
{
    private static readonly RelationExtractor Extractor = new();

    public static string[] Of(string markup, string? outlet = null, string? outletId = null) =>
        Format(Extractor.Extract(Doc.Parse(markup, outlet, outletId)).Relations);

    public static string[] Format(IEnumerable<Relation> relations) =>
        [.. relations
            .Select(r => $"{r.Type.SchemaName()} {r.SubjectId} {r.ObjectId} {r.Certainty.ToString().ToLowerInvariant()}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public static string[] Expected(string expected) =>
        [.. expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
}
