using System.Collections.Frozen;
using System.Collections.Immutable;
using Tupu.Domain.Entities;

namespace Tupu.Domain.Relations;

/// <summary>Schema names and allowed endpoints of <see cref="RelationType"/>; the only source of relationship type strings.</summary>
public static class RelationTypes
{
    private static readonly FrozenDictionary<RelationType, string> Names = new Dictionary<RelationType, string>
    {
        [RelationType.Uses] = "USES",
        [RelationType.Praised] = "PRAISED",
        [RelationType.BuiltOn] = "BUILT_ON",
        [RelationType.Develops] = "DEVELOPS",
        [RelationType.WorksFor] = "WORKS_FOR",
        [RelationType.Founded] = "FOUNDED",
        [RelationType.QuotedIn] = "QUOTED_IN",
        [RelationType.VersionOf] = "VERSION_OF",
        [RelationType.Published] = "PUBLISHED",
        [RelationType.Mentions] = "MENTIONS",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, RelationType> ByName =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    private static readonly EntityType[] AnyEntity = [EntityType.Company, EntityType.Model, EntityType.Person, EntityType.MediaOutlet];

    /// <summary>Every type, in declaration order.</summary>
    public static IReadOnlyList<RelationType> All { get; } = Enum.GetValues<RelationType>();

    /// <summary>The schema's name, e.g. BUILT_ON.</summary>
    public static string SchemaName(this RelationType type) => Names[type];

    /// <summary>Parses a schema name; throws <see cref="TupuException"/> (UnknownRelationshipType) for anything else.</summary>
    public static RelationType Parse(string schemaName) =>
        ByName.TryGetValue(schemaName, out var type)
            ? type
            : throw new TupuException(ErrorCode.UnknownRelationshipType, $"'{schemaName}' is not a relationship type of the schema.");

    public static bool TryParse(string schemaName, out RelationType type) => ByName.TryGetValue(schemaName, out type);

    /// <summary>True when the relation is between two entities extracted from text (not PUBLISHED or MENTIONS, whose start is an outlet or article).</summary>
    public static bool IsSemantic(this RelationType type) => type is not (RelationType.Published or RelationType.Mentions);

    // Made once: the extractor asks for a type's endpoints at every candidate relation, and each answer was a new array.
    private static readonly FrozenDictionary<RelationType, IReadOnlyList<EntityType>> SubjectTypes =
        All.ToFrozenDictionary(type => type, type => (IReadOnlyList<EntityType>)ImmutableArray.CreateRange(SubjectsOf(type)));

    private static readonly FrozenDictionary<RelationType, IReadOnlyList<EntityType>> ObjectTypes =
        All.ToFrozenDictionary(type => type, type => (IReadOnlyList<EntityType>)ImmutableArray.CreateRange(ObjectsOf(type)));

    /// <summary>Allowed subject types of a semantic relation.</summary>
    public static IReadOnlyList<EntityType> Subjects(this RelationType type) => SubjectTypes.GetValueOrDefault(type, []);

    /// <summary>Allowed object types of a semantic relation.</summary>
    public static IReadOnlyList<EntityType> Objects(this RelationType type) => ObjectTypes.GetValueOrDefault(type, []);

    private static EntityType[] SubjectsOf(RelationType type) => type switch
    {
        RelationType.Uses => [EntityType.Company, EntityType.Person],
        RelationType.Praised => [EntityType.Person, EntityType.Company, EntityType.MediaOutlet],
        RelationType.BuiltOn => [EntityType.Company, EntityType.Model],
        RelationType.Develops => [EntityType.Company],
        RelationType.WorksFor => [EntityType.Person],
        RelationType.Founded => [EntityType.Person],
        RelationType.QuotedIn => [EntityType.Person],
        RelationType.VersionOf => [EntityType.Model],
        RelationType.Published => [EntityType.MediaOutlet],
        RelationType.Mentions => [],
        _ => [],
    };

    private static EntityType[] ObjectsOf(RelationType type) => type switch
    {
        RelationType.Uses => [EntityType.Model],
        RelationType.Praised => AnyEntity,
        RelationType.BuiltOn => [EntityType.Model],
        RelationType.Develops => [EntityType.Model],
        RelationType.WorksFor => [EntityType.Company],
        RelationType.Founded => [EntityType.Company],
        RelationType.QuotedIn => [EntityType.MediaOutlet],
        RelationType.VersionOf => [EntityType.Model],
        RelationType.Mentions => AnyEntity,
        _ => [],
    };

    /// <summary>Whether a relation of this type may join these entity types.</summary>
    public static bool Allows(this RelationType type, EntityType subject, EntityType @object) =>
        type.Subjects().Contains(subject) && type.Objects().Contains(@object);
}
