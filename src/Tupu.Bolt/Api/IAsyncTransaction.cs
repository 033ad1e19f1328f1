namespace Tupu.Bolt;

/// <summary>An explicit transaction.</summary>
public interface IAsyncTransaction : IAsyncQueryRunner, IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
