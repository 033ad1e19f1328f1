using Microsoft.Data.Sqlite;
using Tupu.Storage.Sqlite;
using Xunit;

namespace Tupu.Storage.Tests.Sqlite;

public sealed class PreparedStatementTests
{
    [Theory]
    [InlineData("英伟达与阿里巴巴")]
    [InlineData("英偉達 𠀀 emoji 🙂 and ASCII")] // characters outside the BMP are surrogate pairs in UTF-16
    [InlineData("")]
    public void Text_is_stored_as_the_same_UTF8_string(string text)
    {
        using var connection = Open();
        using var insert = new PreparedStatement(connection, "INSERT INTO t (a) VALUES ($a);");
        insert.Bind([("$a", text)]).Execute();

        using var select = new PreparedStatement(connection, "SELECT a, length(CAST(a AS BLOB)), typeof(a) FROM t;");
        using var rows = select.Query();
        Assert.True(rows.Read());
        Assert.Equal("text", rows.Text(2)); // the empty string too: never NULL
        Assert.Equal(text, rows.Text(0));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), rows.Integer(1));
    }

    [Fact]
    public void A_lone_surrogate_is_stored_as_the_replacement_character_as_UTF8_encoding_gives_it()
    {
        using var connection = Open();

        Assert.Equal(["trail\uFFFD", "\uFFFDlead"], InsertAndReadBack(connection, "trail\uD83D", "\uDC00lead"));
    }

    [Fact]
    public void A_text_longer_than_the_last_is_bound_whole()
    {
        using var connection = Open();
        var longText = string.Concat(Enumerable.Repeat("阿里巴巴开发了通义千问。", 500));

        Assert.Equal(["short", longText, "again"], InsertAndReadBack(connection, "short", longText, "again"));
    }

    [Fact]
    public void A_parameter_left_out_of_a_later_run_is_null_not_the_earlier_value()
    {
        using var connection = Open();
        using var insert = new PreparedStatement(connection, "INSERT INTO t (a, b) VALUES ($a, $b);");
        insert.Bind([("$a", "first"), ("$b", 1)]).Execute();
        insert.Bind([("$a", "second")]).Execute();

        using var select = new PreparedStatement(connection, "SELECT a, b FROM t ORDER BY rowid;");
        using var rows = select.Query();
        Assert.True(rows.Read());
        Assert.Equal(1, rows.Integer(1));
        Assert.True(rows.Read());
        Assert.Equal("second", rows.Text(0));
        Assert.True(rows.IsNull(1));
    }

    [Fact]
    public void Every_value_of_a_later_run_replaces_the_earlier_one()
    {
        using var connection = Open();
        using var insert = new PreparedStatement(connection, "INSERT INTO t (a, b) VALUES ($a, $b);");
        insert.Bind([("$a", "first"), ("$b", 1)]).Execute();
        insert.Bind([("$a", null), ("$b", 2.5)]).Execute();

        using var select = new PreparedStatement(connection, "SELECT a, b FROM t ORDER BY rowid DESC LIMIT 1;");
        using var rows = select.Query();
        Assert.True(rows.Read());
        Assert.True(rows.IsNull(0));
        Assert.Equal(2.5, rows.Real(1));
    }

    /// <summary>Inserts each text into column a, one run of the same statement each, and reads the column back in order.</summary>
    private static List<string> InsertAndReadBack(SqliteConnection connection, params string[] texts)
    {
        using var insert = new PreparedStatement(connection, "INSERT INTO t (a) VALUES ($a);");
        foreach (var text in texts)
        {
            insert.Bind([("$a", text)]).Execute();
        }

        using var select = new PreparedStatement(connection, "SELECT a FROM t ORDER BY rowid;");
        using var rows = select.Query();
        var stored = new List<string>();
        while (rows.Read())
        {
            stored.Add(rows.Text(0));
        }

        return stored;
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (a TEXT, b);";
        create.ExecuteNonQuery();
        return connection;
    }
}
