using Tupu.Domain.Graph;

namespace Tupu.Storage.Export;

/// <summary>
/// Writes a store's graph in the formats Neo4j and graph tools load. Every writer streams nodes and relationships
/// from the store (the formats that declare columns up front read the store twice); none holds the graph in memory.
/// Output is deterministic: the same store gives byte-identical files.
/// </summary>
public static class GraphExporter
{
    /// <summary>JSON lines in the shape of APOC's apoc.export.json.all (loadable with apoc.import.json).</summary>
    public static Task WriteJsonLinesAsync(IGraphStore store, TextWriter output, CancellationToken ct) =>
        JsonLinesExport.WriteAsync(store, output, ct);

    /// <summary>
    /// A Cypher script for `cypher-shell -f` or Neo4j Browser: graph-schema constraints, then UNWIND batches of
    /// 500 rows that MERGE nodes and relationships on id. Values are escaped literals; labels and types come only from
    /// the schema vocabulary. Running it twice changes nothing.
    /// </summary>
    public static Task WriteCypherAsync(IGraphStore store, TextWriter output, CancellationToken ct) =>
        CypherScriptExport.WriteAsync(store, output, ct);

    /// <summary>
    /// neo4j-admin CSV files (nodes-LABEL.csv, relationships-TYPE.csv) and import.sh with the
    /// `neo4j-admin database import full` command (array delimiter U+001F, multi-line fields) into
    /// <paramref name="directory"/>, which is created when missing.
    /// </summary>
    public static Task WriteNeo4jAdminAsync(IGraphStore store, string directory, CancellationToken ct) =>
        Neo4jAdminExport.WriteAsync(store, directory, ct);

    /// <summary>GraphML (keys declared, lists joined with "; ") for Gephi, yEd and similar tools.</summary>
    public static Task WriteGraphMlAsync(IGraphStore store, TextWriter output, CancellationToken ct) =>
        GraphMlExport.WriteAsync(store, output, ct);
}
