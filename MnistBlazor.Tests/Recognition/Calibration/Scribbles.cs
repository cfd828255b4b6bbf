using static MnistBlazor.Tests.Recognition.Calibration.HandDrawing;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Random pen strokes that are not meant to be anything: wandering lines, cursive loops, zigzags, random
/// polygons, hatching and spirals.</summary>
internal static class Scribbles
{
    public static (string Kind, (float X, float Y)[][] Strokes) Create(Random random) => random.Next(6) switch
    {
        0 => ("wander", [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Wander(random))]),
        1 => ("loops", [Loops(random)]),
        2 => ("zigzag", [Zigzag(random)]),
        3 => ("polygon", [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Polygon(random))]),
        4 => ("hatch", Hatch(random)),
        _ => ("spiral", [Spiral(random)]),
    };

    private static (float X, float Y)[] Wander(Random random)
    {
        var (x, y, heading) = (random.NextSingle(), random.NextSingle(), random.NextSingle() * 2 * MathF.PI);
        var turn = 0f;
        return [.. Enumerable.Range(0, random.Next(12, 40)).Select(_ =>
        {
            turn = (0.6f * turn) + Between(random, -0.7f, 0.7f);
            heading += turn;
            var step = Between(random, 0.04f, 0.1f);
            (x, y) = (x + (step * MathF.Cos(heading)), y + (step * MathF.Sin(heading)));
            return (x, y);
        })];
    }

    private static (float X, float Y)[] Loops(Random random)
    {
        var loops = random.Next(2, 7);
        var (radius, tilt) = (Between(random, 0.12f, 0.3f), Between(random, 0.2f, 0.6f));
        return [.. Enumerable.Range(0, (loops * 16) + 1).Select(i =>
        {
            var t = i / 16f * 2 * MathF.PI;
            return ((i / 16f * tilt) + (radius * MathF.Cos(t + MathF.PI)), 0.5f + (radius * MathF.Sin(t + MathF.PI)));
        })];
    }

    private static (float X, float Y)[] Zigzag(Random random)
    {
        var corners = random.Next(4, 10);
        return [.. Enumerable.Range(0, corners).Select(i => ((float)i / corners, i % 2 == 0 ? Between(random, 0f, 0.3f) : Between(random, 0.7f, 1f)))];
    }

    private static (float X, float Y)[] Polygon(Random random) =>
        [.. Enumerable.Range(0, random.Next(4, 9)).Select(_ => (random.NextSingle(), random.NextSingle()))];

    private static (float X, float Y)[][] Hatch(Random random)
    {
        var lines = random.Next(3, 7);
        var slope = Between(random, -0.6f, 0.6f);
        var hatch = Enumerable.Range(0, lines).Select(i =>
        {
            var y = (float)i / lines;
            return new[] { (0f, y), (1f, y + slope) };
        });
        var cross = random.Next(2) == 0
            ? Enumerable.Range(0, lines).Select(i => new[] { ((float)i / lines, 0f), ((float)i / lines + slope, 1f) })
            : [];
        return [.. hatch.Concat(cross)];
    }

    private static (float X, float Y)[] Spiral(Random random)
    {
        var turns = Between(random, 1.5f, 4f);
        var steps = (int)(turns * 20);
        var start = random.NextSingle() * 2 * MathF.PI;
        return [.. Enumerable.Range(0, steps + 1).Select(i =>
        {
            var t = start + (i / 20f * 2 * MathF.PI);
            var r = 0.05f + (0.45f * i / steps);
            return (0.5f + (r * MathF.Cos(t)), 0.5f + (r * MathF.Sin(t)));
        })];
    }
}
