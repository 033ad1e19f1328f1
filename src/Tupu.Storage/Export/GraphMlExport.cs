using System.Text;
using System.Xml;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Export;

/// <summary>
/// GraphML for Gephi, yEd and similar tools: every property key declared up front (first streaming pass), lists
/// joined with "; ", a node's labels in "labels" (":Company") and a relationship's type in "label". Characters XML
/// 1.0 cannot carry (most control characters, lone surrogates) become U+FFFD.
/// </summary>
internal static class GraphMlExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken ct)
    {
        var survey = await PropertySurvey.TakeAsync(store, ct);
        var nodeKeys = KeyIds("n", PropertySurvey.Union(survey.Nodes.Values));
        var edgeKeys = KeyIds("e", PropertySurvey.Union(survey.Relationships.Values));

        var settings = new XmlWriterSettings { Async = true, Indent = true, NewLineChars = "\n", CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await WriteKeyAsync(xml, "labels", "node", "labels", ValueKind.String);
        foreach (var (name, (id, kind)) in nodeKeys)
        {
            await WriteKeyAsync(xml, id, "node", name, kind);
        }

        await WriteKeyAsync(xml, "label", "edge", "label", ValueKind.String);
        foreach (var (name, (id, kind)) in edgeKeys)
        {
            await WriteKeyAsync(xml, id, "edge", name, kind);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "tupu");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await foreach (var node in store.ReadNodesAsync(ct))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, Clean(node.Id));
            await WriteDataAsync(xml, "labels", string.Concat(node.Labels.Select(l => ":" + l)));
            await WritePropertiesAsync(xml, node.Properties, nodeKeys);
            await xml.WriteEndElementAsync();
        }

        await foreach (var relationship in store.ReadRelationshipsAsync(ct))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, Clean(relationship.Id));
            await xml.WriteAttributeStringAsync(null, "source", null, Clean(relationship.Start.Id));
            await xml.WriteAttributeStringAsync(null, "target", null, Clean(relationship.End.Id));
            await WriteDataAsync(xml, "label", relationship.Type);
            await WritePropertiesAsync(xml, relationship.Properties, edgeKeys);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        await output.WriteAsync("\n".AsMemory(), ct);
    }

    /// <summary>Key ids are generated ("n0", "e3"): property names need not be XML tokens; attr.name carries them.</summary>
    private static SortedDictionary<string, (string Id, ValueKind Kind)> KeyIds(string prefix, SortedDictionary<string, ValueKind> keys)
    {
        var ids = new SortedDictionary<string, (string, ValueKind)>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (name, kind) in keys)
        {
            ids[name] = (prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture), kind);
            index++;
        }

        return ids;
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, ValueKind kind)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, Clean(name));
        await xml.WriteAttributeStringAsync(null, "attr.type", null, kind switch
        {
            ValueKind.Long => "long",
            ValueKind.Double => "double",
            ValueKind.Boolean => "boolean",
            _ => "string",
        });
        await xml.WriteEndElementAsync();
    }

    private static async Task WritePropertiesAsync(XmlWriter xml, IReadOnlyDictionary<string, object?> properties, SortedDictionary<string, (string Id, ValueKind Kind)> keys)
    {
        foreach (var (name, value) in PropertyValues.Ordered(properties))
        {
            await WriteDataAsync(xml, keys[name].Id, PropertyValues.Text(value));
        }
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string text)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(Clean(text));
        await xml.WriteEndElementAsync();
    }

    /// <summary>Replaces what XML 1.0 cannot carry; XmlWriter escapes the rest (&amp;, &lt;, quotes).</summary>
    private static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var valid = XmlConvert.IsXmlChar(c);
            if (!valid && cleaned is null)
            {
                cleaned = new StringBuilder(text.Length).Append(text, 0, i);
            }

            cleaned?.Append(valid ? c : '\uFFFD');
        }

        return cleaned?.ToString() ?? text;
    }
}
