namespace Tupu.Storage.Export;

/// <summary>The shapes a property value can take (GraphNode's contract), as export formats need to declare them.</summary>
internal enum ValueKind
{
    String,
    Long,
    Double,
    Boolean,
    StringList,
    LongList,
    DoubleList,
    BooleanList,
}
