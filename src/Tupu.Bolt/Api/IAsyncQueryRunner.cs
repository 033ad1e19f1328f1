namespace Tupu.Bolt;

/// <summary>Anything that runs Cypher: a transaction inside a transaction function.</summary>
public interface IAsyncQueryRunner
{
    /// <summary>Runs a parameterised query; RUN and PULL are pipelined.</summary>
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);
}
