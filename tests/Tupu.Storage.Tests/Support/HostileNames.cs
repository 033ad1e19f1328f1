namespace Tupu.Storage.Tests.Support;

/// <summary>Names an attacker or a broken converter could put into an article (issue 8).</summary>
internal static class HostileNames
{
    public static readonly string[] All =
    [
        "O'Reilly \"AI\" `lab`",
        "}) MATCH (n) DETACH DELETE n //",
        "'}) MATCH (n) DETACH DELETE n //",
        "line one\nline two\r\n\ttabbed",
        "nul\u0000 bell\u0007 esc\u001B del\u007F c1\u0085",
        "back\\slash \\' \\u0041 end\\",
        "; DROP; // not a comment /* nor this */",
        "sep\u2028para\u2029bom\uFEFF",
        "emoji 🤖 and 英偉達 & <tag> \"q\"",
        new string('長', 20_000) + "'",
    ];
}
