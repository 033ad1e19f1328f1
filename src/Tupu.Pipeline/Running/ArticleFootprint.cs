namespace Tupu.Pipeline.Running;

/// <summary>
/// What the writer keeps of an analysed article: where it came from (for errors and progress), the bytes of input it
/// accounts for, and its length in characters (what it leaves of the <see cref="TextWindow"/>). The article's text is
/// not kept: a finished article can wait for the writer through several collections, and what waits is promoted to
/// the collector's oldest generation.
/// </summary>
internal sealed record ArticleFootprint(string Path, long Bytes, int Characters);
