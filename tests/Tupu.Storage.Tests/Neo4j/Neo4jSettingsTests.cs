using Tupu.Domain;
using Tupu.Storage.Neo4j;
using Xunit;

namespace Tupu.Storage.Tests.Neo4j;

public sealed class Neo4jSettingsTests
{
    private static readonly Dictionary<string, string?> Env = new()
    {
        ["NEO4J_URI"] = "neo4j+s://abc.databases.neo4j.io",
        ["NEO4J_USERNAME"] = "reader",
        ["NEO4J_PASSWORD"] = "env-secret",
        ["NEO4J_DATABASE"] = "graph",
    };

    [Fact]
    public void The_environment_fills_what_options_leave_out()
    {
        var settings = Neo4jSettings.From(null, null, null, null, k => Env.GetValueOrDefault(k));

        Assert.Equal(new Neo4jSettings("neo4j+s://abc.databases.neo4j.io", "reader", "env-secret", "graph"), settings);
    }

    [Fact]
    public void Options_and_stdin_win_over_the_environment()
    {
        var settings = Neo4jSettings.From("bolt://localhost:7687", "admin", "stdin-secret", "other", k => Env.GetValueOrDefault(k));

        Assert.Equal(new Neo4jSettings("bolt://localhost:7687", "admin", "stdin-secret", "other"), settings);
    }

    [Fact]
    public void User_defaults_to_neo4j_and_database_to_the_servers_default()
    {
        var settings = Neo4jSettings.From("bolt://localhost", null, "pw", null, _ => null);

        Assert.Equal("neo4j", settings.User);
        Assert.Null(settings.Database);
    }

    [Fact]
    public void A_missing_uri_or_password_is_a_usage_error_that_says_how_to_give_it()
    {
        var noUri = Assert.Throws<TupuException>(() => Neo4jSettings.From(null, null, "pw", null, _ => null));
        var noPassword = Assert.Throws<TupuException>(() => Neo4jSettings.From("bolt://localhost", null, null, null, _ => null));

        Assert.Equal(ErrorCode.InvalidArgument, noUri.Code);
        Assert.Contains("NEO4J_URI", noUri.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCode.InvalidArgument, noPassword.Code);
        Assert.Contains("--password-stdin", noPassword.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("localhost:7687")]
    [InlineData("bolt+x://localhost")]
    [InlineData("bolt://")]
    public void Only_bolt_and_neo4j_schemes_are_accepted(string uri)
    {
        var error = Assert.Throws<TupuException>(() => Neo4jSettings.From(uri, null, "pw", null, _ => null));
        Assert.Equal(ErrorCode.InvalidArgument, error.Code);
    }

    [Theory]
    [InlineData("bolt://localhost")]
    [InlineData("bolt+s://h:7687")]
    [InlineData("bolt+ssc://h")]
    [InlineData("neo4j://h")]
    [InlineData("neo4j+s://h")]
    [InlineData("neo4j+ssc://h")]
    public void Every_scheme_Tupu_speaks_is_accepted(string uri)
    {
        Assert.Equal(uri, Neo4jSettings.From(uri, null, "pw", null, _ => null).Uri);
    }

    [Fact]
    public void The_password_is_never_printed()
    {
        var settings = Neo4jSettings.From("bolt://admin:uri-secret@localhost:7687", null, "stdin-secret", null, _ => null);

        var text = settings.ToString();
        var auth = settings.AuthToken.ToString();

        Assert.DoesNotContain("stdin-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("uri-secret", text, StringComparison.Ordinal);
        Assert.Contains("localhost:7687", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stdin-secret", auth, StringComparison.Ordinal);
        var invalid = Assert.Throws<TupuException>(() => Neo4jSettings.From("http://u:uri-secret@h", null, "pw", null, _ => null));
        Assert.DoesNotContain("uri-secret", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_password_means_no_authentication()
    {
        var settings = Neo4jSettings.From("bolt://localhost", null, "", null, _ => null);

        Assert.Equal("none", settings.AuthToken.ToMap()["scheme"]);
        Assert.Equal("basic", Neo4jSettings.From("bolt://localhost", null, "pw", null, _ => null).AuthToken.ToMap()["scheme"]);
    }
}
