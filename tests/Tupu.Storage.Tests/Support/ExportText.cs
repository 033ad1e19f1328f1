using System.Globalization;
using Tupu.Domain.Graph;
using Tupu.Storage.Export;

namespace Tupu.Storage.Tests.Support;

/// <summary>Runs an exporter into a string.</summary>
internal static class ExportText
{
    public static async Task<string> JsonLinesAsync(IGraphStore store)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await GraphExporter.WriteJsonLinesAsync(store, writer, CancellationToken.None);
        return writer.ToString();
    }

    public static async Task<string> CypherAsync(IGraphStore store)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await GraphExporter.WriteCypherAsync(store, writer, CancellationToken.None);
        return writer.ToString();
    }

    public static async Task<string> GraphMlAsync(IGraphStore store)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await GraphExporter.WriteGraphMlAsync(store, writer, CancellationToken.None);
        return writer.ToString();
    }
}
