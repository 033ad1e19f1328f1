using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tupu.Cli.Rendering;

/// <summary>JSON settings of everything the CLI prints for scripts: CJK unescaped, camelCase.</summary>
internal static class JsonOptions
{
    public static JsonSerializerOptions Compact { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static JsonSerializerOptions Indented { get; } = new(Compact) { WriteIndented = true };
}
