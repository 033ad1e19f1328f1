using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Pipeline.Evaluation;

namespace Tupu.Pipeline.Tests.Evaluation;

public sealed class GoldStandardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tupu-gold-").FullName;

    [Fact]
    public void Gold_files_load_with_types_and_certainties()
    {
        Write("article\ttype\tname\na/x.txt\tCompany\t英伟达\na/x.txt\tModel\tQwen\n", "article\ttype\tsubject\tobject\tcertainty\na/x.txt\tUSES\t英伟达\tQwen\tspeculated\n");

        var gold = GoldStandard.Load(_folder);

        Assert.Equal([new GoldEntity("a/x.txt", EntityType.Company, "英伟达"), new GoldEntity("a/x.txt", EntityType.Model, "Qwen")], gold.Entities);
        Assert.Equal(new GoldRelation("a/x.txt", RelationType.Uses, "英伟达", "Qwen", Certainty.Speculated), Assert.Single(gold.Relations));
        Assert.Equal(["a/x.txt"], gold.Articles);
    }

    [Fact]
    public void A_malformed_row_names_its_file_and_line()
    {
        Write("article\ttype\tname\na/x.txt\tCompny\tX\n", "article\ttype\tsubject\tobject\tcertainty\n");

        var error = Assert.Throws<TupuException>(() => GoldStandard.Load(_folder));

        Assert.Contains("entities.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_follow_their_definitions()
    {
        var score = new Score("articles", "relation", "USES", 6, 2, 10);
        Assert.Equal(0.75, score.Precision, 3);
        Assert.Equal(0.375, score.Recall, 3);
        Assert.Equal(0.5, score.F1, 3);
        Assert.Equal(0, new Score("s", "k", "t", 0, 0, 0).F1);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string entities, string relations)
    {
        File.WriteAllText(Path.Combine(_folder, "entities.tsv"), entities);
        File.WriteAllText(Path.Combine(_folder, "relations.tsv"), relations);
    }
}
