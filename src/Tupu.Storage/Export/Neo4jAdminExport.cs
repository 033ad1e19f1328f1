using System.Text;
using Tupu.Domain;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Export;

/// <summary>
/// CSV files for `neo4j-admin database import full`: one node file per label (id:ID, properties, :LABEL) and one
/// relationship file per type (:START_ID, :END_ID, :TYPE, properties), plus import.sh with the exact command.
/// Two streaming passes: the first learns the columns, the second writes rows.
/// </summary>
internal static class Neo4jAdminExport
{
    public const string ScriptName = "import.sh";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(IGraphStore store, string directory, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var survey = await PropertySurvey.TakeAsync(store, ct);
        var nodeFiles = new List<string>();
        var relationshipFiles = new List<string>();

        StreamWriter? writer = null;
        string? group = null;
        string[] columns = [];
        try
        {
            await foreach (var node in store.ReadNodesAsync(ct))
            {
                var key = PropertySurvey.LabelKey(node.Labels);
                if (!string.Equals(key, group, StringComparison.Ordinal))
                {
                    await CloseAsync(writer);
                    group = key;
                    columns = Columns(survey.Nodes[key], skip: "id");
                    var file = $"nodes-{key.Replace(':', '_')}.csv";
                    nodeFiles.Add(file);
                    writer = Create(directory, file);
                    await writer.WriteAsync(Header(["id:ID"], columns, survey.Nodes[key], [":LABEL"]).AsMemory(), ct);
                }

                var line = new StringBuilder();
                CsvField.AppendQuoted(line, node.Id);
                AppendProperties(line, node.Properties, columns, survey.Nodes[key]);
                line.Append(',');
                CsvField.AppendQuoted(line, string.Join(CsvField.ArrayDelimiter, node.Labels));
                await writer!.WriteAsync(line.Append('\n').ToString().AsMemory(), ct);
            }

            await CloseAsync(writer);
            writer = null;
            group = null;
            await foreach (var relationship in store.ReadRelationshipsAsync(ct))
            {
                var type = RelationTypes.Parse(relationship.Type).SchemaName();
                if (!string.Equals(type, group, StringComparison.Ordinal))
                {
                    await CloseAsync(writer);
                    group = type;
                    columns = Columns(survey.Relationships[type], skip: null);
                    var file = $"relationships-{type}.csv";
                    relationshipFiles.Add(file);
                    writer = Create(directory, file);
                    await writer.WriteAsync(Header([":START_ID", ":END_ID", ":TYPE"], columns, survey.Relationships[type], []).AsMemory(), ct);
                }

                var line = new StringBuilder();
                CsvField.AppendQuoted(line, relationship.Start.Id);
                line.Append(',');
                CsvField.AppendQuoted(line, relationship.End.Id);
                line.Append(',').Append(type);
                AppendProperties(line, relationship.Properties, columns, survey.Relationships[type]);
                await writer!.WriteAsync(line.Append('\n').ToString().AsMemory(), ct);
            }
        }
        finally
        {
            await CloseAsync(writer);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, ScriptName), ImportScript(nodeFiles, relationshipFiles), Utf8NoBom, ct);
    }

    /// <summary>The neo4j-admin command for these files (also written to import.sh).</summary>
    public static string ImportCommand(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles)
    {
        var command = new StringBuilder("neo4j-admin database import full \"$DATABASE\" \\\n")
            .Append("  --multiline-fields=true \\\n")
            .Append("  --array-delimiter=").Append(CsvField.ArrayDelimiterOption).Append(" \\\n");
        foreach (var file in nodeFiles)
        {
            command.Append("  --nodes=").Append(file).Append(" \\\n");
        }

        foreach (var file in relationshipFiles)
        {
            command.Append("  --relationships=").Append(file).Append(" \\\n");
        }

        return command.ToString().TrimEnd(' ', '\\', '\n') + "\n";
    }

    private static string ImportScript(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles) =>
        "#!/bin/sh\n"
        + "# Loads this folder into a new, empty Neo4j database (Neo4j 5+). Stop the DBMS first, run this script as the\n"
        + "# Neo4j user, then start the DBMS and `CREATE DATABASE <name>` if it is not the default one.\n"
        + "# Usage: ./import.sh [database]   (add --overwrite-destination=true to replace an existing database)\n"
        + "set -e\n"
        + "DATABASE=\"${1:-neo4j}\"\n"
        + "cd \"$(dirname \"$0\")\"\n"
        + ImportCommand(nodeFiles, relationshipFiles)
        + "# Then run graph-schema/constraints.cypher (cypher-shell -f) to add the constraints and indexes.\n";

    private static StreamWriter Create(string directory, string file) =>
        new(Path.Combine(directory, file), append: false, Utf8NoBom) { NewLine = "\n" };

    private static async Task CloseAsync(StreamWriter? writer)
    {
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }
    }

    private static string[] Columns(SortedDictionary<string, ValueKind> keys, string? skip)
    {
        foreach (var key in keys.Keys.Where(k => !IsPlainName(k)))
        {
            throw new TupuException(ErrorCode.InvalidArgument, $"Property key '{key}' cannot be a neo4j-admin CSV column.");
        }

        return [.. keys.Keys.Where(k => !string.Equals(k, skip, StringComparison.Ordinal))];
    }

    private static bool IsPlainName(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Header(string[] leading, string[] columns, SortedDictionary<string, ValueKind> kinds, string[] trailing) =>
        string.Join(',', leading.Concat(columns.Select(c => c + CsvField.TypeSuffix(kinds[c]))).Concat(trailing)) + "\n";

    private static void AppendProperties(StringBuilder line, IReadOnlyDictionary<string, object?> properties, string[] columns, SortedDictionary<string, ValueKind> kinds)
    {
        foreach (var column in columns)
        {
            line.Append(',');
            CsvField.AppendValue(line, properties.GetValueOrDefault(column), kinds[column]);
        }
    }
}
