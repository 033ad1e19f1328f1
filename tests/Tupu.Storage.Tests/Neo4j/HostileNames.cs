namespace Tupu.Storage.Tests.Neo4j;

/// <summary>Values that would break or hijack a query if they were ever put into Cypher text.</summary>
internal static class HostileNames
{
    public const string Injection = "}) MATCH (n) DETACH DELETE n //";

    public static readonly string[] All =
    [
        Injection,
        "x` MATCH (n) DETACH DELETE n //",
        "O'Reilly \"quoted\" \\' \\\" ;",
        "`Company`:`Model`",
        "line\nbreak\r\ttab\0nul\u001Funit\u2028sep",
        "$rows {id: 1} ]-> (:Person)",
        "英伟达'); DROP CONSTRAINT company_id; //",
        new string('長', 100 * 1024),
    ];
}
