using Tupu.Entities.Automaton;

namespace Tupu.Entities.Catalog;

/// <summary>A name of an entity with its exact and compact keys.</summary>
internal sealed record NameEntry(string Name, string EntityId, string Exact, string Compact)
{
    public static NameEntry Of(string name, string entityId)
    {
        var exact = NameKeys.Exact(name);
        return new(name, entityId, exact, NameKeys.CompactOfExact(exact));
    }
}
