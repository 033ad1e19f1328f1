using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Tupu.Entities.Catalog;

/// <summary>
/// One statement of <see cref="CatalogSpill"/>, prepared once and run through SQLite's C API: a spill writes and reads
/// hundreds of thousands of small rows on the resolver's path, where ADO.NET's per-run work cost more than SQLite's.
/// Parameters are bound by position; text goes in and out as UTF-16 bytes, so every string comes back as it went in.
/// </summary>
internal sealed class SpillStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SpillStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public SpillStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public SpillStatement Bind(int index, ReadOnlySpan<char> text)
    {
        Check(raw.sqlite3_bind_blob(_statement, index, MemoryMarshal.AsBytes(text)));
        return this;
    }

    public SpillStatement BindBytes(int index, ReadOnlySpan<byte> bytes)
    {
        Check(raw.sqlite3_bind_blob(_statement, index, bytes));
        return this;
    }

    public SpillStatement BindNull(int index)
    {
        Check(raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        try
        {
            Step();
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Steps through the result rows; disposing them resets the statement for its next run.</summary>
    public Rows Query() => new(this);

    /// <summary>Runs the statement and adds the first column of every row, read as text.</summary>
    public void ReadTexts(List<string> into)
    {
        try
        {
            while (Step())
            {
                into.Add(TextAt(0));
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and returns the first column of its first row as bytes, or null without a row.</summary>
    public byte[]? ReadFirstBytes()
    {
        try
        {
            return Step() ? raw.sqlite3_column_blob(_statement, 0).ToArray() : null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The rows of one run of the statement.</summary>
    public readonly struct Rows(SpillStatement owner) : IDisposable
    {
        public bool Read() => owner.Step();

        public string Text(int column) => owner.TextAt(column);

        public long Integer(int column) => raw.sqlite3_column_int64(owner._statement, column);

        /// <summary>The column's bytes, or null when it is NULL.</summary>
        public byte[]? Bytes(int column) =>
            raw.sqlite3_column_type(owner._statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(owner._statement, column).ToArray();

        public void Dispose() => raw.sqlite3_reset(owner._statement);
    }

    private string TextAt(int column) => new(MemoryMarshal.Cast<byte, char>(raw.sqlite3_column_blob(_statement, column)));

    private bool Step()
    {
        var code = raw.sqlite3_step(_statement);
        if (code is raw.SQLITE_ROW or raw.SQLITE_DONE)
        {
            return code == raw.SQLITE_ROW;
        }

        SqliteException.ThrowExceptionForRC(code, _database);
        return false;
    }

    private void Check(int code)
    {
        if (code is not raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(code, _database);
        }
    }
}
