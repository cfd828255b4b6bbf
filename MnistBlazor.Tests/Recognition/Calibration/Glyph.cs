namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>A hand-drawn shape as pen strokes: polylines in a unit box (x right, y down).</summary>
internal sealed record Glyph(string Name, (float X, float Y)[][] Strokes)
{
    /// <summary>A polyline from x, y pairs.</summary>
    public static (float X, float Y)[] Line(params float[] xy) =>
        [.. Enumerable.Range(0, xy.Length / 2).Select(i => (xy[2 * i], xy[(2 * i) + 1]))];

    /// <summary>An elliptical arc; angles in degrees, 0 pointing right, 90 down (y grows downwards).</summary>
    public static (float X, float Y)[] Arc(float cx, float cy, float rx, float ry, float fromDegrees, float toDegrees, int steps = 16) =>
        [.. Enumerable.Range(0, steps + 1).Select(i =>
        {
            var angle = (fromDegrees + ((toDegrees - fromDegrees) * i / steps)) * MathF.PI / 180f;
            return (cx + (rx * MathF.Cos(angle)), cy + (ry * MathF.Sin(angle)));
        })];

    public static (float X, float Y)[] Join(params (float X, float Y)[][] parts) => [.. parts.SelectMany(p => p)];
}
