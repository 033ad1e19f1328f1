namespace Tupu.Pipeline.Running;

/// <summary>One input that could not be ingested: the file, the error code (T1xx…) and the reason.</summary>
public sealed record ArticleFailure(string Source, string Code, string Reason)
{
    public override string ToString() => $"{Source}: {Reason} ({Code})";
}
