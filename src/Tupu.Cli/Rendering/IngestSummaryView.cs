using System.Globalization;
using System.Text.Json;
using Humanizer;
using Spectre.Console;
using Tupu.Pipeline.Running;

namespace Tupu.Cli.Rendering;

/// <summary>The end-of-ingest summary: readable (Humanizer counts and durations) or JSON.</summary>
internal static class IngestSummaryView
{
    public static void Render(IAnsiConsole console, IngestReport report, long peakWorkingSetBytes)
    {
        var seconds = Math.Max(report.Elapsed.TotalSeconds, 1e-6);
        console.MarkupLine(Markup.Escape(
            $"Ingested {"article".ToQuantity(report.Ingested + report.Replaced)}" +
            (report.Replaced > 0 ? $" ({report.Replaced} replacing an earlier version)" : string.Empty) +
            $", skipped {"unchanged article".ToQuantity(report.Unchanged)}, failed {report.Failed}" +
            $" in {report.Elapsed.Humanize(2, CultureInfo.InvariantCulture)} ({report.Bytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)} at {(report.Bytes / seconds).Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}/s, peak memory {peakWorkingSetBytes.Bytes().Humanize("0", CultureInfo.InvariantCulture)})."));

        if (report.Entities.Count + report.Relationships.Count > 0)
        {
            var table = new Table().AddColumns("Kind", "Type", "Created", "Merged");
            foreach (var count in report.Entities)
            {
                table.AddRow("node", count.Type, Cell(count.Created), Cell(count.Merged));
            }

            foreach (var count in report.Relationships)
            {
                table.AddRow("relationship", count.Type, Cell(count.Created), Cell(count.Merged));
            }

            console.Write(table);
        }
    }

    public static string Json(IngestReport report, long peakWorkingSetBytes) => JsonSerializer.Serialize(
        new
        {
            ingested = report.Ingested,
            replaced = report.Replaced,
            unchanged = report.Unchanged,
            failed = report.Failed,
            failures = report.Failures.Select(f => new { source = f.Source, code = f.Code, reason = f.Reason }),
            entities = report.Entities.Select(c => new { type = c.Type, created = c.Created, merged = c.Merged }),
            relationships = report.Relationships.Select(c => new { type = c.Type, created = c.Created, merged = c.Merged }),
            bytes = report.Bytes,
            elapsedSeconds = Math.Round(report.Elapsed.TotalSeconds, 3),
            peakWorkingSetBytes,
        },
        JsonOptions.Compact);

    private static string Cell(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
