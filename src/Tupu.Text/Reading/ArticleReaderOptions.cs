namespace Tupu.Text.Reading;

/// <summary>Limits for <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Inputs larger than this (bytes) are streamed and split into parts instead of read whole. Default 1 MB.</summary>
    public long LargeFileThreshold { get; init; } = 1024 * 1024;

    /// <summary>
    /// Target size of one part of a large input, in UTF-8 bytes of text. Default 64 KB: several news articles' worth,
    /// so a part keeps its context while the analysis of one part stays small.
    /// </summary>
    public int PartSize { get; init; } = 64 * 1024;

    /// <summary>Size of each read from a stream.</summary>
    public int ReadBufferSize { get; init; } = 64 * 1024;

    public static ArticleReaderOptions Default { get; } = new();
}
