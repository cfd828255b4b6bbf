using SkiaSharp;
using static MnistBlazor.Training.Gate.GateCanvas;

namespace MnistBlazor.Training.Gate;

/// <summary>Pen strokes that mean nothing, for the gate's negatives: chains of curves, tangles, sharp-cornered
/// polylines, waves and asterisks, in a unit box. Made to differ from the verdict calibration's own scribbles
/// (MnistBlazor.Tests), which stay a fair held-out check. Shapes a digit could be (one straight line, one closed loop)
/// are never made.</summary>
public static class GateScribbles
{
    public static SKPath Create(Random random)
    {
        var path = new SKPath();
        switch (random.Next(5))
        {
            case 0:
                CurveChain(path, random, random.Next(3, 7));
                break;
            case 1:
                for (var i = random.Next(2, 4); i > 0; i--)
                {
                    CurveChain(path, random, random.Next(2, 4));
                }
                break;
            case 2:
                Polyline(path, random);
                break;
            case 3:
                Wave(path, random);
                break;
            default:
                Asterisk(path, random);
                break;
        }

        return path;
    }

    private static SKPoint Point(Random random) => new(random.NextSingle(), random.NextSingle());

    private static void CurveChain(SKPath path, Random random, int segments)
    {
        path.MoveTo(Point(random));
        for (var i = 0; i < segments; i++)
        {
            path.CubicTo(Point(random), Point(random), Point(random));
        }
    }

    /// <summary>Five to nine corners, each turn sharper than 60 degrees, so no corner reads as a 7's or a 4's.</summary>
    private static void Polyline(SKPath path, Random random)
    {
        var (x, y, heading) = (random.NextSingle(), random.NextSingle(), random.NextSingle() * 2 * MathF.PI);
        path.MoveTo(x, y);
        for (var i = random.Next(5, 10); i > 0; i--)
        {
            heading += (random.Next(2) == 0 ? 1 : -1) * Between(random, MathF.PI / 3, MathF.PI * 0.9f);
            var step = Between(random, 0.25f, 0.6f);
            (x, y) = (x + (step * MathF.Cos(heading)), y + (step * MathF.Sin(heading)));
            path.LineTo(x, y);
        }
    }

    private static void Wave(SKPath path, Random random)
    {
        var periods = Between(random, 2f, 5f);
        var amplitude = Between(random, 0.08f, 0.25f);
        path.MoveTo(0, 0.5f);
        for (var i = 1; i <= 60; i++)
        {
            var t = i / 60f;
            path.LineTo(t * periods * 0.4f, 0.5f + (amplitude * MathF.Sin(t * periods * 2 * MathF.PI)));
        }
    }

    private static void Asterisk(SKPath path, Random random)
    {
        var spokes = random.Next(3, 6);
        var start = random.NextSingle() * MathF.PI;
        for (var i = 0; i < spokes; i++)
        {
            var angle = start + (i * MathF.PI / spokes);
            var (dx, dy) = (0.5f * MathF.Cos(angle), 0.5f * MathF.Sin(angle));
            path.MoveTo(0.5f - dx, 0.5f - dy);
            path.LineTo(0.5f + dx, 0.5f + dy);
        }
    }
}
