namespace Tupu.Pipeline.Running;

/// <summary>One input that could not be ingested: the file, the error code (T1xx…) and the reason.</summary>
public sealed record ArticleFailure(string Source, string Code, string Reason)
{
    /// <summary>One line naming the file and the reason (the reason may already start with the file's name).</summary>
    public override string ToString() =>
        Reason.StartsWith(Source, StringComparison.Ordinal) ? $"{Reason} ({Code})" : $"{Source}: {Reason} ({Code})";
}
