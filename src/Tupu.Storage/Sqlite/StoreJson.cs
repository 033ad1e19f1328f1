using System.Text.Json.Serialization;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Source-generated JSON for the one JSON column (entity aliases) and for the rows a write hands SQLite in one
/// statement: no reflection, stable output.
/// </summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string[][]))]
internal sealed partial class StoreJson : JsonSerializerContext;
