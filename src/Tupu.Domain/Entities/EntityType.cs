namespace Tupu.Domain.Entities;

/// <summary>The closed set of entity labels (graph-schema/README.md). Names equal the Neo4j labels.</summary>
public enum EntityType
{
    Company,
    Model,
    Person,
    MediaOutlet,
}
