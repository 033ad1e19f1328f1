namespace Tupu.Domain.Relations;

/// <summary>
/// A person whose words the article reports (a quote, or 表示/said). The graph mapper turns it into QUOTED_IN towards
/// the article's publishing outlet, which only the mapper knows.
/// </summary>
public sealed record Quotation(string SpeakerId, Evidence Evidence);
