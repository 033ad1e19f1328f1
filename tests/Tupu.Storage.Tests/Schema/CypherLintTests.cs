using System.Diagnostics;
using Tupu.Storage.Neo4j;
using Xunit;
using Xunit.Abstractions;

namespace Tupu.Storage.Tests.Schema;

/// <summary>
/// Every statement Tupu sends, the schema's constraints and indexes, and every graph-schema .cypher file pass
/// Neo4j's own Cypher parser (tests/cypher-lint/lint.mjs over @neo4j-cypher/language-support).
/// </summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    [CypherLintFact]
    public void Every_statement_passes_the_Cypher_linter()
    {
        var statements = CypherLintInput.Statements();
        var (exitCode, text) = RunLint(statements);

        output.WriteLine(text);
        Assert.True(exitCode == 0, text);
        Assert.Contains($"{statements.Count} statements (", text, StringComparison.Ordinal);
        Assert.Contains(" 0 errors", text, StringComparison.Ordinal);
    }

    [CypherLintFact]
    public void The_linter_rejects_broken_syntax_undeclared_parameters_and_foreign_vocabulary()
    {
        CypherStatement[] bad =
        [
            new("bad.syntax", "MATCH (n:Company RETURN n", []),
            new("bad.parameter", "MATCH (n:Company {id: $undeclared}) RETURN n", []),
            new("bad.label", "MATCH (n:Organisation) RETURN n", []),
            new("bad.type", "MATCH (:Company)-[r:OWNS]->(:Company) RETURN r", []),
            new("bad.property", "MATCH (n:Company) RETURN n.country", []),
        ];

        var (exitCode, text) = RunLint(bad);

        output.WriteLine(text);
        Assert.Equal(1, exitCode);
        foreach (var statement in bad)
        {
            Assert.Contains($"error: {statement.Name}:", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_lint_input_covers_every_statement_and_every_query_file()
    {
        var names = CypherLintInput.Statements().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Neo4jStatements.All, s => Assert.Contains(s.Name, names));
        var queryFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.GraphSchema, "queries"), "*.cypher");
        Assert.True(queryFiles.Length >= 12, $"graph-schema/queries has {queryFiles.Length} queries; the schema promises at least 12.");
        Assert.All(queryFiles, f => Assert.Contains($"graph-schema/queries/{Path.GetFileName(f)}#1", names));
        Assert.Contains("schema.constraints.1", names);
        Assert.Contains("schema.indexes.1", names);
    }

    private static (int ExitCode, string Output) RunLint(IReadOnlyList<CypherStatement> statements)
    {
        var input = CypherLintInput.Write(statements);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = RepositoryPaths.CypherLint,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("lint.mjs");
            start.ArgumentList.Add(input);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("cypher-lint did not finish within 8 minutes.");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
