namespace Tupu.Bolt.Transport;

/// <summary>Encryption chosen by the URI scheme.</summary>
internal enum TlsMode
{
    /// <summary>bolt://, neo4j://: plain TCP.</summary>
    None,

    /// <summary>bolt+s://, neo4j+s://: TLS with the certificate verified against the system's trust store and host name.</summary>
    Verified,

    /// <summary>bolt+ssc://, neo4j+ssc://: TLS accepting any certificate (self-signed); encrypts but does not authenticate the server.</summary>
    TrustAny,
}
