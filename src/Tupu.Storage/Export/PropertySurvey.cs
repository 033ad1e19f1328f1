using Tupu.Domain.Graph;

namespace Tupu.Storage.Export;

/// <summary>
/// First pass of the formats that declare their columns or keys up front (neo4j-admin CSV, GraphML): the property
/// keys and value kinds per node label and per relationship type. Only keys are kept, never the graph.
/// </summary>
internal sealed class PropertySurvey
{
    private readonly SortedDictionary<string, SortedDictionary<string, ValueKind>> nodes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedDictionary<string, ValueKind>> relationships = new(StringComparer.Ordinal);

    /// <summary>Node property keys per label group (labels joined by ':').</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, ValueKind>> Nodes => nodes;

    /// <summary>Relationship property keys per type.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, ValueKind>> Relationships => relationships;

    public static async Task<PropertySurvey> TakeAsync(IGraphStore store, CancellationToken ct)
    {
        var survey = new PropertySurvey();
        await foreach (var node in store.ReadNodesAsync(ct))
        {
            Add(survey.nodes, LabelKey(node.Labels), node.Properties);
        }

        await foreach (var relationship in store.ReadRelationshipsAsync(ct))
        {
            Add(survey.relationships, relationship.Type, relationship.Properties);
        }

        return survey;
    }

    public static string LabelKey(IReadOnlyList<string> labels) => string.Join(':', labels.Select(Labels.Checked));

    /// <summary>All keys of one domain (every label, or every type) merged.</summary>
    public static SortedDictionary<string, ValueKind> Union(IEnumerable<SortedDictionary<string, ValueKind>> groups)
    {
        var union = new SortedDictionary<string, ValueKind>(StringComparer.Ordinal);
        foreach (var (key, kind) in groups.SelectMany(g => g))
        {
            union[key] = union.TryGetValue(key, out var known) ? PropertyValues.Widen(known, kind) : kind;
        }

        return union;
    }

    private static void Add(SortedDictionary<string, SortedDictionary<string, ValueKind>> groups, string group, IReadOnlyDictionary<string, object?> properties)
    {
        if (!groups.TryGetValue(group, out var keys))
        {
            keys = new SortedDictionary<string, ValueKind>(StringComparer.Ordinal);
            groups[group] = keys;
        }

        foreach (var (key, value) in PropertyValues.Ordered(properties))
        {
            var kind = PropertyValues.KindOf(value);
            keys[key] = keys.TryGetValue(key, out var known) ? PropertyValues.Widen(known, kind) : kind;
        }
    }
}
