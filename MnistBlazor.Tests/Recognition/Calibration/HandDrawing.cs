using MnistBlazor.Tests.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Draws a glyph the way different people would: slanted, rotated, stretched, wobbly, in varying pen widths
/// and sizes, somewhere on a square canvas; pad-style (light on dark) or paper-style (dark on light).</summary>
internal static class HandDrawing
{
    public const int Side = 112;

    public static Image<Rgba32> Draw(IEnumerable<(float X, float Y)[]> strokes, Random random, bool wobble = true)
    {
        var angle = Between(random, -12f, 12f) * MathF.PI / 180f;
        var slant = Between(random, -0.25f, 0.25f);
        var stretch = Between(random, 0.75f, 1.25f);
        var (cos, sin) = (MathF.Cos(angle), MathF.Sin(angle));
        var shaped = strokes.Select(stroke => (wobble ? Wobble(stroke, random) : stroke).Select(p =>
        {
            var x = (p.X + (slant * (0.5f - p.Y))) * stretch;
            return ((cos * x) - (sin * p.Y), (sin * x) + (cos * p.Y));
        }).ToArray()).ToArray();

        // Fit into the canvas: the longer side spans 45..75% of it, placed anywhere that keeps it inside.
        var points = shaped.SelectMany(s => s).ToArray();
        float minX = points.Min(p => p.Item1), maxX = points.Max(p => p.Item1), minY = points.Min(p => p.Item2), maxY = points.Max(p => p.Item2);
        var size = Between(random, 0.45f, 0.75f);
        var scale = size / MathF.Max(MathF.Max(maxX - minX, maxY - minY), 1e-3f);
        var left = Between(random, 0.1f, 0.9f - ((maxX - minX) * scale));
        var top = Between(random, 0.1f, 0.9f - ((maxY - minY) * scale));
        var placed = shaped.Select(s => s.Select(p => (left + ((p.Item1 - minX) * scale), top + ((p.Item2 - minY) * scale))).ToArray()).ToArray();

        var coverage = new DigitSketch(placed).Render(Side, Side, 0, 0, Side, Side, radius: Between(random, 0.025f, 0.05f) * Side);
        return random.Next(2) == 0 ? TestImages.WhiteOnBlack(Side, Side, coverage) : TestImages.BlackOnWhite(Side, Side, coverage);
    }

    public static float Between(Random random, float low, float high) => low + (random.NextSingle() * MathF.Max(high - low, 0f));

    /// <summary>Subdivides the stroke and bends it by a slow random wave, as an unsteady hand does.</summary>
    private static (float X, float Y)[] Wobble((float X, float Y)[] stroke, Random random)
    {
        var amplitude = Between(random, 0.005f, 0.025f);
        var (phaseX, phaseY, frequency) = (random.NextSingle() * 6.3f, random.NextSingle() * 6.3f, Between(random, 4f, 10f));
        var dense = stroke.Zip(stroke.Skip(1)).SelectMany(pair =>
        {
            var length = MathF.Sqrt(MathF.Pow(pair.Second.X - pair.First.X, 2) + MathF.Pow(pair.Second.Y - pair.First.Y, 2));
            var pieces = Math.Max(1, (int)(length / 0.05f));
            return Enumerable.Range(0, pieces).Select(i => (
                pair.First.X + ((pair.Second.X - pair.First.X) * i / pieces),
                pair.First.Y + ((pair.Second.Y - pair.First.Y) * i / pieces)));
        }).Append(stroke[^1]).ToArray();
        var travelled = 0f;
        return [.. dense.Select((p, i) =>
        {
            travelled += i == 0 ? 0 : MathF.Sqrt(MathF.Pow(p.Item1 - dense[i - 1].Item1, 2) + MathF.Pow(p.Item2 - dense[i - 1].Item2, 2));
            return (p.Item1 + (amplitude * MathF.Sin((frequency * travelled) + phaseX)), p.Item2 + (amplitude * MathF.Sin((frequency * travelled) + phaseY)));
        })];
    }
}
