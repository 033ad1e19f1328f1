namespace Tupu.Bolt.PackStream;

/// <summary>Tag bytes of the value structures Bolt defines (messages have their own, in Messages/).</summary>
internal static class StructSignature
{
    public const byte Node = (byte)'N';
    public const byte Relationship = (byte)'R';
    public const byte UnboundRelationship = (byte)'r';
    public const byte Path = (byte)'P';
    public const byte Date = (byte)'D';
    public const byte Time = (byte)'T';
    public const byte LocalTime = (byte)'t';
    public const byte DateTime = (byte)'I';
    public const byte DateTimeZoneId = (byte)'i';
    public const byte LegacyDateTime = (byte)'F';
    public const byte LegacyDateTimeZoneId = (byte)'f';
    public const byte LocalDateTime = (byte)'d';
    public const byte Duration = (byte)'E';
    public const byte Point2D = (byte)'X';
    public const byte Point3D = (byte)'Y';
}
