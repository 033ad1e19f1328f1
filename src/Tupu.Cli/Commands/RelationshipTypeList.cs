using Spectre.Console;
using Tupu.Domain.Relations;

namespace Tupu.Cli.Commands;

/// <summary>A comma-separated list of relationship types from the schema's closed vocabulary.</summary>
internal static class RelationshipTypeList
{
    public static IReadOnlySet<string>? Parse(string? types) =>
        string.IsNullOrWhiteSpace(types)
            ? null
            : types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.ToUpperInvariant())
                .ToHashSet(StringComparer.Ordinal);

    public static ValidationResult Validate(string? types)
    {
        foreach (var type in Parse(types) ?? new HashSet<string>())
        {
            if (!RelationTypes.TryParse(type, out _))
            {
                return ValidationResult.Error($"'{type}' is not a relationship type; use {string.Join(", ", RelationTypes.All.Select(t => t.SchemaName()))}.");
            }
        }

        return ValidationResult.Success();
    }
}
