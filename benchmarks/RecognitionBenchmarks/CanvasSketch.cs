using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Benchmarks.RecognitionBenchmarks;

/// <summary>A drawing-pad upload: a "7" in white strokes of radius 11 px on a black 280x280 canvas, as PNG.</summary>
public static class CanvasSketch
{
    public const int Side = 280;

    private static readonly (float X, float Y)[] Seven = [(80, 60), (200, 55), (130, 230)];

    public static byte[] SevenPng(float radius = 11f)
    {
        using var image = new Image<L8>(Side, Side);
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                // Anti-aliased edge: one pixel of ramp around the stroke's outline.
                var coverage = Math.Clamp(radius + 0.5f - DistanceToStrokes(x + 0.5f, y + 0.5f), 0f, 1f);
                image[x, y] = new L8((byte)(coverage * 255));
            }
        }

        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return png.ToArray();
    }

    private static float DistanceToStrokes(float x, float y)
    {
        var best = float.MaxValue;
        for (var i = 0; i + 1 < Seven.Length; i++)
        {
            var (ax, ay) = Seven[i];
            var (bx, by) = Seven[i + 1];
            var t = Math.Clamp(((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)), 0f, 1f);
            best = Math.Min(best, MathF.Sqrt(MathF.Pow(x - ax - t * (bx - ax), 2) + MathF.Pow(y - ay - t * (by - ay), 2)));
        }

        return best;
    }
}
