using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// One SQL statement prepared once on a connection and run through SQLite's C API (the layer Microsoft.Data.Sqlite
/// is built on). The writer runs dozens of statements per article; ADO.NET's per-execution work (binding by
/// reflection over parameter objects, data reader objects) cost more than SQLite's own. Values are always bound.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly Dictionary<string, int> parameterIndexes = new(StringComparer.Ordinal);
    private byte[] utf8 = new byte[256];

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
        for (var i = 1; i <= raw.sqlite3_bind_parameter_count(statement); i++)
        {
            parameterIndexes[raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string()] = i;
        }
    }

    /// <summary>
    /// Binds values by parameter name: string, integer, double, bool or null. Parameters not named keep no value from
    /// an earlier run: they are bound to null.
    /// </summary>
    public PreparedStatement Bind(ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        // Every value is bound again on each run, so clearing is needed only when some parameter is not named.
        if (parameters.Length < parameterIndexes.Count)
        {
            raw.sqlite3_clear_bindings(statement);
        }

        foreach (var (name, value) in parameters)
        {
            var index = parameterIndexes.TryGetValue(name, out var found)
                ? found
                : throw new ArgumentException($"The statement has no parameter {name}.", nameof(parameters));
            Check(value switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                string text => raw.sqlite3_bind_text(statement, index, Utf8(text)),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
                double real => raw.sqlite3_bind_double(statement, index, real),
                _ => throw new ArgumentException($"Cannot bind a {value.GetType().Name} to {name}.", nameof(parameters)),
            });
        }

        return this;
    }

    /// <summary>
    /// The text as UTF-8, in a buffer reused by every value (SQLite copies a bound value at once). The string overload
    /// of SQLitePCL allocated an array per value; the bytes are the same (a lone surrogate becomes U+FFFD either way).
    /// </summary>
    private ReadOnlySpan<byte> Utf8(string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < length)
        {
            utf8 = new byte[Math.Max(length, 2 * utf8.Length)];
        }

        return utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8));
    }

    /// <summary>Runs the statement to its end; the number of rows it changed.</summary>
    public int Execute()
    {
        using var rows = Query();
        while (rows.Read())
        {
        }

        return raw.sqlite3_changes(database);
    }

    /// <summary>Steps through the result rows; disposing the reader resets the statement for its next use.</summary>
    public Rows Query() => new(this);

    public void Dispose() => statement.Dispose();

    private void Check(int code)
    {
        if (code is not raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(code, database);
        }
    }

    /// <summary>The rows of one run of the statement.</summary>
    public readonly struct Rows(PreparedStatement owner) : IDisposable
    {
        private sqlite3_stmt Statement => owner.statement;

        public bool Read()
        {
            var code = raw.sqlite3_step(Statement);
            if (code == raw.SQLITE_ROW)
            {
                return true;
            }

            if (code != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(code, owner.database);
            }

            return false;
        }

        public string Text(int column) => raw.sqlite3_column_text(Statement, column).utf8_to_string();

        public string? NullableText(int column) => IsNull(column) ? null : Text(column);

        public long Integer(int column) => raw.sqlite3_column_int64(Statement, column);

        public double Real(int column) => raw.sqlite3_column_double(Statement, column);

        public bool IsNull(int column) => raw.sqlite3_column_type(Statement, column) == raw.SQLITE_NULL;

        public void Dispose() => raw.sqlite3_reset(Statement);
    }
}
