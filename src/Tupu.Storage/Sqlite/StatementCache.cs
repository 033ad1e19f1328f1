using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tupu.Storage.Sqlite;

/// <summary>The writer connection's statements, each prepared on first use and reused by every later write.</summary>
internal sealed class StatementCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, PreparedStatement> statements = new(StringComparer.Ordinal);

    /// <summary>The statement for <paramref name="sql"/> with <paramref name="parameters"/> bound, ready to run.</summary>
    public PreparedStatement Get(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            statement = new PreparedStatement(connection, sql);
            statements[sql] = statement;
        }

        return statement.Bind(parameters);
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) => Get(sql, parameters).Execute();

    public long Long(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var rows = Get(sql, parameters).Query();
        return rows.Read() ? rows.Integer(0) : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No row from: {sql}"));
    }

    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }

        statements.Clear();
    }
}
