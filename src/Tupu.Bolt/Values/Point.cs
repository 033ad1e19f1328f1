namespace Tupu.Bolt;

/// <summary>A spatial point: 2D when <see cref="Z"/> is null, 3D otherwise. <see cref="Srid"/> names the coordinate system (4326 WGS-84, 7203 Cartesian, …).</summary>
public sealed record Point(int Srid, double X, double Y, double? Z = null)
{
    /// <summary>As Cypher prints it: point({srid:4326, x:1.5, y:2, z:3}).</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X}, y:{Y}{(Z is { } z ? $", z:{z.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty)}}})");
}
