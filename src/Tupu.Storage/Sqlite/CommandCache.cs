using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// The writer connection's statements, prepared once and reused by every article's transaction (preparing each
/// statement anew cost about half of a write).
/// </summary>
internal sealed class CommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteTransaction? Transaction { get; set; }

    public SqliteCommand Get(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Transaction = Transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Get(sql, parameters).ExecuteNonQueryAsync(ct);

    public async Task<long> LongAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(await Get(sql, parameters).ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
