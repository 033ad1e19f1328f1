using Tupu.Domain;
using Tupu.Domain.Entities;

namespace Tupu.Entities.Tests.Lexicon;

public sealed class EntityLexiconTests
{
    private const string Header = "id\ttype\tname_en\tname_zh_hans\tname_zh_hant\taliases\tfamily\n";

    [Fact]
    public void Shipped_lexicon_loads_with_unique_ids_and_all_four_types()
    {
        var lexicon = EntityLexicon.LoadDefault();

        Assert.True(lexicon.Entries.Count >= 300, $"only {lexicon.Entries.Count} entries");
        Assert.Equal(lexicon.Entries.Count, lexicon.Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(4, lexicon.Entries.Select(e => e.Type).Distinct().Count());
    }

    [Fact]
    public void Row_columns_become_an_entry()
    {
        var lexicon = EntityLexicon.FromTexts(("a.tsv", Header +
            "model/qwen3\tModel\tQwen3\t通义千问3\t通義千問3\tQwen 3| Qwen-3 \tmodel/qwen\n" +
            "# a comment\n\n" +
            "model/qwen\toutlet\tQwen\n"));

        var entry = lexicon.Entries[0];
        Assert.Equal(("model/qwen3", EntityType.Model, "Qwen3", "通义千问3", "通義千問3", "model/qwen"),
            (entry.Id, entry.Type, entry.NameEn, entry.NameZhHans, entry.NameZhHant, entry.FamilyId));
        Assert.Equal(["Qwen 3", "Qwen-3"], entry.Aliases.ToArray());
        Assert.Equal(EntityType.MediaOutlet, lexicon.Entries[1].Type);
        Assert.Null(lexicon.Entries[1].FamilyId);
    }

    [Fact]
    public void A_later_file_overrides_an_entry_with_the_same_id_in_place()
    {
        var lexicon = EntityLexicon.FromTexts(
            ("base.tsv", Header + "company/a\tCompany\tA Corp\t\t\t\t\ncompany/b\tCompany\tB Corp\t\t\t\t\n"),
            ("user.tsv", "company/a\tCompany\tA Renamed\t甲\t\t\t\ncompany/c\tCompany\tC Corp\t\t\t\t\n"));

        Assert.Equal(["company/a", "company/b", "company/c"], lexicon.Entries.Select(e => e.Id));
        Assert.Equal("A Renamed", lexicon.Entries[0].NameEn);
        Assert.Equal("甲", lexicon.Entries[0].NameZhHans);
    }

    [Fact]
    public void Load_reads_user_files_after_the_shipped_lexicon()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tupu-lexicon-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, Header + "company/nvidia\tCompany\tNvidia Renamed\t英伟达\t\t\t\ncompany/zz-test\tCompany\tZz Test Co\t\t\t\t\n");
        try
        {
            var lexicon = EntityLexicon.Load([path]);

            Assert.Equal("Nvidia Renamed", lexicon.Entries.Single(e => e.Id == "company/nvidia").NameEn);
            Assert.Contains(lexicon.Entries, e => e.Id == "company/zz-test");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("company/a\tCompany\n", "bad.tsv:2:")]
    [InlineData("company/a\tRobot\tA\t\t\t\t\n", "unknown type 'Robot'")]
    [InlineData("\tCompany\tA\t\t\t\t\n", "id is empty")]
    [InlineData("company a\tCompany\tA\t\t\t\t\n", "id 'company a'")]
    [InlineData("company/a\tCompany\t\t\t\t\t\n", "no name")]
    [InlineData("model/a\tModel\tA\t\t\t\tmodel/missing\n", "family 'model/missing'")]
    [InlineData("company/a\tCompany\tA\t\t\t\t\ncompany/a\tCompany\tA2\t\t\t\t\n", "bad.tsv:3:")]
    [InlineData("company/a\tCompany\tA\t\t\t\t\textra\n", "columns")]
    public void Malformed_rows_raise_MalformedLexicon_naming_file_and_line(string rows, string expected)
    {
        var error = Assert.Throws<TupuException>(() => EntityLexicon.FromTexts(("bad.tsv", Header + rows)));

        Assert.Equal(ErrorCode.MalformedLexicon, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("bad.tsv:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_user_file_is_FileNotFound()
    {
        var error = Assert.Throws<TupuException>(() => EntityLexicon.Load(["/nonexistent/lexicon.tsv"]));

        Assert.Equal(ErrorCode.FileNotFound, error.Code);
    }
}
