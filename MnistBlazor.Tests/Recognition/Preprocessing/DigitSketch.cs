namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>
/// Hand-drawn digit strokes (ImageSharp.Drawing is not available): polylines in a unit box, rendered as round-capped
/// strokes with one pixel of antialiasing, like a pen on a drawing pad.
/// </summary>
internal sealed class DigitSketch
{
    private readonly (float X, float Y)[][] strokes;

    internal DigitSketch(params (float X, float Y)[][] strokes)
    {
        this.strokes = strokes;
    }

    public static DigitSketch Seven { get; } = new([(0.05f, 0.05f), (0.95f, 0.05f), (0.4f, 0.95f)]);

    public static DigitSketch Two { get; } = new(
        [(0.1f, 0.25f), (0.3f, 0.05f), (0.65f, 0.05f), (0.88f, 0.22f), (0.8f, 0.45f), (0.1f, 0.95f), (0.92f, 0.95f)]);

    /// <summary>A 5 whose top bar is lifted off the body: two components, as people often write it.</summary>
    public static DigitSketch DetachedFive { get; } = new(
        [(0.35f, 0.03f), (0.95f, 0.03f)],
        [(0.2f, 0.2f), (0.15f, 0.5f), (0.55f, 0.4f), (0.85f, 0.55f), (0.85f, 0.8f), (0.55f, 0.97f), (0.1f, 0.88f)]);

    public static DigitSketch One { get; } = new([(0.5f, 0.0f), (0.5f, 1.0f)]);

    public static DigitSketch Four { get; } = new([(0.7f, 1.0f), (0.7f, 0.0f), (0.05f, 0.68f), (0.95f, 0.68f)]);

    /// <summary>Ink coverage 0..1 of a width x height image with the strokes' centre lines spanning the given box.</summary>
    public float[] Render(int width, int height, float left, float top, float boxWidth, float boxHeight, float radius)
    {
        var coverage = new float[width * height];
        var segments = strokes
            .SelectMany(points => points.Zip(points.Skip(1)))
            .Select(pair => (
                Ax: left + (pair.First.X * boxWidth), Ay: top + (pair.First.Y * boxHeight),
                Bx: left + (pair.Second.X * boxWidth), By: top + (pair.Second.Y * boxHeight)))
            .ToArray();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                float px = x + 0.5f, py = y + 0.5f, nearest = float.MaxValue;
                foreach (var s in segments)
                {
                    nearest = MathF.Min(nearest, DistanceToSegment(px, py, s.Ax, s.Ay, s.Bx, s.By));
                }

                coverage[(y * width) + x] = Math.Clamp(radius + 0.5f - nearest, 0f, 1f);
            }
        }

        return coverage;
    }

    private static float DistanceToSegment(float px, float py, float ax, float ay, float bx, float by)
    {
        float dx = bx - ax, dy = by - ay;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / lengthSquared, 0f, 1f);
        float cx = ax + (t * dx) - px, cy = ay + (t * dy) - py;
        return MathF.Sqrt((cx * cx) + (cy * cy));
    }
}
