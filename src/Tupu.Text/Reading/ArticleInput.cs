using Tupu.Domain;

namespace Tupu.Text.Reading;

/// <summary>
/// One input found by <see cref="ArticleReader.Discover"/>: a file path as given (forward slashes), or "-" for standard
/// input. <paramref name="Length"/> is the size in bytes (-1 for standard input). When discovery already failed for
/// it (missing path, symbolic-link loop), <paramref name="Error"/> says why and reading it yields that error.
/// </summary>
public sealed record ArticleInput(string Path, long Length, TupuException? Error = null)
{
    /// <summary>The path "-" that stands for standard input.</summary>
    public const string StandardInput = "-";
}
