namespace Tupu.Storage.Sqlite;

/// <summary>One article's evidence for one relationship, as stored. <paramref name="Published"/> is the article's ISO date.</summary>
internal sealed record EvidenceRow(
    string ArticleId,
    int Start,
    int End,
    string Sentence,
    string Trigger,
    string Certainty,
    double Confidence,
    string? AttributedTo,
    string? Role,
    bool? Current,
    string? Published);
