namespace Tupu.Domain;

/// <summary>
/// One catalogue of coded errors. Codes are stable: they appear in CLI output and tests. Add new codes at the end
/// of their group.
/// </summary>
public enum ErrorCode
{
    // Data invariants (T0xx)
    InvalidSpan = 1,
    InvalidOffsetMap = 2,
    OverlappingMentions = 3,
    UnknownLabel = 4,
    UnknownRelationshipType = 5,
    InvalidEndpoint = 6,

    // Input (T1xx)
    FileNotFound = 100,
    FileUnreadable = 101,
    EmptyInput = 102,
    BinaryInput = 103,
    UndecodableInput = 104,
    UnsupportedFormat = 105,
    MalformedFrontMatter = 106,
    MalformedHtml = 107,
    NoTextContent = 108,
    LinkLoop = 109,

    // Lexicons (T2xx)
    MalformedLexicon = 200,

    // Storage (T3xx)
    StoreCorrupt = 300,
    StoreWriteFailed = 301,
    CatalogSpillFailed = 302,

    // Usage (T9xx)
    InvalidArgument = 900,
}
