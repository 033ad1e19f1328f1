namespace Tupu.Cli.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await Run.Tupu("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "ingest", "export", "show", "neighbors", "path", "query", "push", "schema", "eval", "bench" })
        {
            Assert.Contains(command, run.Console, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "x", "--jobs", "0")]
    [InlineData("export", "--format", "yaml")]
    [InlineData("export", "--format", "neo4j-admin")]
    [InlineData("neighbors", "Qwen", "--type", "LIKES")]
    [InlineData("path", "a", "b", "--max-depth", "0")]
    [InlineData("no-such-command")]
    public async Task Usage_errors_exit_with_two_and_one_line(params string[] args)
    {
        var run = await Run.Tupu(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Neo4j_commands_without_a_uri_say_how_to_give_one()
    {
        var run = await Run.Tupu("query", "RETURN 1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("NEO4J_URI", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_commands_do_not_create_a_store_where_there_is_none()
    {
        var path = Path.Combine(Path.GetTempPath(), "tupu-none-" + Guid.NewGuid().ToString("N") + ".db");
        var run = await Run.Tupu("show", "Qwen", "--store", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no store here yet", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task The_password_from_stdin_is_never_printed_even_when_the_connection_fails()
    {
        const string secret = "s3cret-Passw0rd!";
        var environment = new Dictionary<string, string?> { ["NEO4J_URI"] = "bolt://127.0.0.1:1" };
        var run = await Run.Tupu(environment, secret + "\n", "query", "RETURN 1", "--password-stdin", "--user", "neo4j");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(secret, run.Error + run.Out + run.Console, StringComparison.Ordinal);
        Assert.Contains("tupu: Neo4j", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_location_comes_from_the_environment_when_no_option_names_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "tupu-env-" + Guid.NewGuid().ToString("N") + ".db");
        var environment = new Dictionary<string, string?> { ["TUPU_STORE"] = path };
        var run = await Run.Tupu(environment, string.Empty, "export");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
    }
}
