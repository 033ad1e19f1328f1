using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Export;

/// <summary>
/// JSON lines in the shape of APOC's apoc.export.json.all (one node or relationship per line), CJK written as is.
/// Our stable ids take the place of Neo4j's internal ids.
/// </summary>
internal static class JsonLinesExport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await foreach (var node in store.ReadNodesAsync(ct))
        {
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("type", "node");
                json.WriteString("id", node.Id);
                WriteLabels(json, "labels", node.Labels);
                WriteProperties(json, node.Properties);
                json.WriteEndObject();
            }

            await FlushLineAsync(buffer, output, ct);
        }

        await foreach (var relationship in store.ReadRelationshipsAsync(ct))
        {
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("type", "relationship");
                json.WriteString("id", relationship.Id);
                json.WriteString("label", relationship.Type);
                WriteEndpoint(json, "start", relationship.Start);
                WriteEndpoint(json, "end", relationship.End);
                WriteProperties(json, relationship.Properties);
                json.WriteEndObject();
            }

            await FlushLineAsync(buffer, output, ct);
        }
    }

    private static async Task FlushLineAsync(ArrayBufferWriter<byte> buffer, TextWriter output, CancellationToken ct)
    {
        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
        await output.WriteAsync(line.AsMemory(), ct);
        await output.WriteAsync("\n".AsMemory(), ct);
    }

    private static void WriteEndpoint(Utf8JsonWriter json, string name, GraphNodeRef endpoint)
    {
        json.WriteStartObject(name);
        json.WriteString("id", endpoint.Id);
        WriteLabels(json, "labels", endpoint.Labels);
        json.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter json, string name, IReadOnlyList<string> labels)
    {
        json.WriteStartArray(name);
        foreach (var label in labels)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties)
    {
        json.WriteStartObject("properties");
        foreach (var (key, value) in PropertyValues.Ordered(properties))
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (PropertyValues.KindOf(value))
        {
            case ValueKind.Boolean:
                json.WriteBooleanValue((bool)value);
                break;
            case ValueKind.Long:
                json.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ValueKind.Double:
                var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    json.WriteNumberValue(number);
                }
                else
                {
                    json.WriteStringValue(PropertyValues.Text(number));
                }

                break;
            case ValueKind.String:
                json.WriteStringValue(PropertyValues.Text(value));
                break;
            default:
                json.WriteStartArray();
                foreach (var item in PropertyValues.Items(value))
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
        }
    }
}
