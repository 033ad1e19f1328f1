using Tupu.Domain.Relations;
using Tupu.Storage.Export;
using Tupu.Storage.Tests.Support;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Export;

public sealed class Neo4jAdminExportTests
{
    [Fact]
    public async Task Writes_one_file_per_label_and_type_with_typed_headers_and_the_import_script()
    {
        await using var temp = await TempStore.CreateAsync();
        var meta = Company("meta", "Meta", "Meta Platforms");
        var llama = Model("llama", "Llama", "羊驼");
        var article = Article("a1", published: new DateOnly(2024, 4, 18));
        await temp.Store.WriteAsync(Batch(article, [meta, llama], [Relation(RelationType.Develops, meta, llama, article, "Meta, the company, said \"Llama 3\" is out;\nnext line.", trigger: "develops")]));
        var output = Path.Combine(temp.Folder, "admin");

        await GraphExporter.WriteNeo4jAdminAsync(temp.Store, output, CancellationToken.None);

        Assert.Equal(
            ["import.sh", "nodes-Article.csv", "nodes-Company.csv", "nodes-Model.csv", "relationships-DEVELOPS.csv", "relationships-MENTIONS.csv"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var company = CsvReader.Read(await File.ReadAllTextAsync(Path.Combine(output, "nodes-Company.csv")));
        Assert.Equal("id:ID,aliases:string[],confidence:double,name,nameEn,source,:LABEL", string.Join(',', company[0].Select(f => f.Text)));
        Assert.Equal(["Meta", "Meta Platforms"], company[1][1].Text.Split(CsvField.ArrayDelimiter));
        Assert.Equal("0.9", company[1][2].Text);
        Assert.False(company[1][2].Quoted);
        Assert.Equal("Company", company[1][^1].Text);

        var develops = CsvReader.Read(await File.ReadAllTextAsync(Path.Combine(output, "relationships-DEVELOPS.csv")));
        Assert.Equal(
            ":START_ID,:END_ID,:TYPE,articles:string[],attributedTo:string[],certainties:string[],certainty,confidence:double,confidences:double[],"
            + "dates:string[],evidence:string[],firstSeen,id,lastSeen,offsets:string[],support:long,triggers:string[]",
            string.Join(',', develops[0].Select(f => f.Text)));
        var row = develops[1];
        Assert.Equal(develops[0].Length, row.Length);
        Assert.Equal((meta.Id, llama.Id, "DEVELOPS"), (row[0].Text, row[1].Text, row[2].Text));
        var column = develops[0].Select(f => f.Text.Split(':')[0]).ToList();
        Assert.Equal("Meta, the company, said \"Llama 3\" is out;\nnext line.", row[column.IndexOf("evidence")].Text);
        Assert.Equal("1", row[column.IndexOf("support")].Text);
        Assert.Equal("0.8", row[column.IndexOf("confidences")].Text);
        Assert.Equal("", row[column.IndexOf("attributedTo")].Text);
        Assert.True(row[column.IndexOf("attributedTo")].Quoted); // [""]: one empty element, not an absent value

        var script = await File.ReadAllTextAsync(Path.Combine(output, "import.sh"));
        Assert.StartsWith("#!/bin/sh\n", script, StringComparison.Ordinal);
        Assert.Contains("neo4j-admin database import full \"$DATABASE\"", script, StringComparison.Ordinal);
        Assert.Contains("--array-delimiter=U+001F", script, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", script, StringComparison.Ordinal);
        Assert.Contains("--nodes=nodes-Company.csv", script, StringComparison.Ordinal);
        Assert.Contains("--relationships=relationships-DEVELOPS.csv", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_values_stay_inside_their_fields()
    {
        await using var temp = await TempStore.CreateAsync();
        await HostileGraph.WriteAsync(temp);
        var output = Path.Combine(temp.Folder, "admin");

        await GraphExporter.WriteNeo4jAdminAsync(temp.Store, output, CancellationToken.None);

        var rows = CsvReader.Read(await File.ReadAllTextAsync(Path.Combine(output, "nodes-Company.csv")));
        var header = rows[0].Select(f => f.Text).ToList();
        Assert.All(rows, r => Assert.Equal(header.Count, r.Length));
        var names = rows.Skip(1).Select(r => r[header.IndexOf("name")].Text).ToHashSet(StringComparer.Ordinal);
        Assert.All(HostileNames.All, h => Assert.Contains(h, names));
    }
}
