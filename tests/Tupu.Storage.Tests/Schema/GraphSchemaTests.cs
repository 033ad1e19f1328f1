using Tupu.Storage.Schema;
using Xunit;

namespace Tupu.Storage.Tests.Schema;

public sealed class GraphSchemaTests
{
    [Fact]
    public void The_embedded_statements_are_the_files_statements()
    {
        var constraints = GraphSchema.SplitStatements(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSchema, "constraints.cypher")));
        var indexes = GraphSchema.SplitStatements(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSchema, "indexes.cypher")));

        Assert.Equal(constraints, GraphSchema.ConstraintStatements);
        Assert.Equal(indexes, GraphSchema.IndexStatements);
        Assert.Equal([.. constraints, .. indexes], GraphSchema.AllStatements);
    }

    [Fact]
    public void Every_schema_statement_is_idempotent_and_free_of_comments()
    {
        Assert.All(GraphSchema.AllStatements, s =>
        {
            Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal);
            Assert.DoesNotContain("//", s, StringComparison.Ordinal);
            Assert.DoesNotContain(";", s, StringComparison.Ordinal);
            Assert.StartsWith("CREATE ", s, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Splitting_respects_quotes_backticks_and_both_comment_styles()
    {
        const string script = """
            // heading; with a semicolon
            CREATE INDEX a IF NOT EXISTS FOR (n:Company) ON (n.name); /* block; comment */
            RETURN 'a;b // not a comment', "it\"s;", `odd;name`, 'O''Reilly;' ;

            ;
            MATCH (n) // trailing
            RETURN n
            """;

        var statements = GraphSchema.SplitStatements(script);

        Assert.Equal(
            [
                "CREATE INDEX a IF NOT EXISTS FOR (n:Company) ON (n.name)",
                "RETURN 'a;b // not a comment', \"it\\\"s;\", `odd;name`, 'O''Reilly;'",
                "MATCH (n)\nRETURN n",
            ],
            statements);
    }

    [Fact]
    public void An_unterminated_literal_ends_the_script_instead_of_looping()
    {
        Assert.Equal(["RETURN 'open;"], GraphSchema.SplitStatements("RETURN 'open;"));
    }
}
