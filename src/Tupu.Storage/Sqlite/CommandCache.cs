using Microsoft.Data.Sqlite;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// ADO.NET commands kept for reuse on one connection: the unchanged check runs once per article, and preparing its
/// statement anew each time cost more than the query. (The writer's many statements use <see cref="StatementCache"/>.)
/// </summary>
internal sealed class CommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteCommand Get(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
