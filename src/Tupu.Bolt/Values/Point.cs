namespace Tupu.Bolt;

/// <summary>A spatial point: 2D when <see cref="Z"/> is null, 3D otherwise. <see cref="Srid"/> names the coordinate system (4326 WGS-84, 7203 Cartesian, …).</summary>
public sealed record Point(int Srid, double X, double Y, double? Z = null);
