using Tupu.Domain.Graph;
using Tupu.Storage.Export;
using Tupu.Storage.Sqlite;

namespace Tupu.Storage.Tests.Support;

/// <summary>A store in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string folder, SqliteGraphStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "tupu.db");

    public SqliteGraphStore Store { get; private set; }

    public static async Task<TempStore> CreateAsync()
    {
        var folder = NewFolder();
        return new TempStore(folder, await SqliteGraphStore.OpenAsync(Path.Combine(folder, "tupu.db")));
    }

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tupu-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task WriteAllAsync(params GraphBatch[] batches)
    {
        foreach (var batch in batches)
        {
            await Store.WriteAsync(batch);
        }
    }

    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await SqliteGraphStore.OpenAsync(DatabasePath);
    }

    public Task<string> JsonLinesAsync() => ExportText.JsonLinesAsync(Store);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        DeleteFolder(Folder);
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
