namespace Tupu.Domain.Relations;

/// <summary>
/// The closed vocabulary of relationship types (graph-schema/README.md). <see cref="RelationTypes"/> gives each
/// its UPPER_SNAKE_CASE schema name and allowed endpoints.
/// </summary>
public enum RelationType
{
    Uses,
    Praised,
    BuiltOn,
    Develops,
    WorksFor,
    Founded,
    QuotedIn,
    VersionOf,
    Published,
    Mentions,
}
