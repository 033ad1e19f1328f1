using Tupu.Domain.Entities;

namespace Tupu.Domain.Graph;

/// <summary>The closed vocabulary of node labels (graph-schema/README.md).</summary>
public static class Labels
{
    public const string Article = "Article";

    /// <summary>Every label of the schema.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetNames<EntityType>(), Article];

    /// <summary>The label of an entity type (equal to its name).</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Company => "Company",
        EntityType.Model => "Model",
        EntityType.Person => "Person",
        EntityType.MediaOutlet => "MediaOutlet",
        _ => throw new TupuException(ErrorCode.UnknownLabel, $"No label for {type}."),
    };

    /// <summary>Checks a label against the vocabulary; throws <see cref="TupuException"/> (UnknownLabel) otherwise.</summary>
    public static string Checked(string label) =>
        All.Contains(label, StringComparer.Ordinal)
            ? label
            : throw new TupuException(ErrorCode.UnknownLabel, $"'{label}' is not a label of the schema.");
}
