using MnistBlazor.Web.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Web.Recognition.Preprocessing.Cleaning;

/// <summary>
/// Tells a stroke from a dot. Every digit is drawn as strokes several widths long, while a tap on the pad leaves a
/// blob about as long as it is wide, which scaling to 20 px would blow up into a convincing "0". The ink's length is
/// its mass over its stroke width (the widest inscribed disc), measured in stroke widths: about 0.8 for a disc.
/// </summary>
internal static class StrokeShape
{
    /// <summary>Ink at or above this (0..1) counts as stroke when measuring its width.</summary>
    private const float StrokeCore = 0.5f;

    /// <summary>Chamfer distance steps (3-4): close to Euclidean, integers only.</summary>
    private const int Straight = 3;
    private const int Diagonal = 4;

    /// <summary>The ink's length in stroke widths; <paramref name="ink"/> holds 0..1 and is 0 outside <paramref name="extent"/>.</summary>
    public static float LengthInWidths(GrayPlane ink, InkExtent extent)
    {
        // One pixel of background all round, so the passes need no edge checks.
        int stride = extent.Width + 2, height = extent.Height + 2;
        using var distanceBuffer = new PooledArray<int>(stride * height, clear: true);
        var distance = distanceBuffer.Span;
        double mass = 0;
        for (var y = 0; y < extent.Height; y++)
        {
            var row = ink.Row(extent.Top + y).Slice(extent.Left, extent.Width);
            for (var x = 0; x < row.Length; x++)
            {
                mass += row[x];
                distance[((y + 1) * stride) + x + 1] = row[x] >= StrokeCore ? int.MaxValue / 2 : 0;
            }
        }

        var deepest = Sweep(distance, stride, height);
        var strokeWidth = MathF.Max(1f, (2f * deepest / Straight) - 1f);
        return (float)(mass / (strokeWidth * strokeWidth));
    }

    /// <summary>The two chamfer passes (forward, then backward); returns the largest distance found.</summary>
    private static int Sweep(Span<int> distance, int stride, int height)
    {
        for (var i = stride + 1; i < (height - 1) * stride; i++)
        {
            if (distance[i] != 0)
            {
                distance[i] = Math.Min(
                    distance[i],
                    Math.Min(Math.Min(distance[i - 1], distance[i - stride]) + Straight, Math.Min(distance[i - stride - 1], distance[i - stride + 1]) + Diagonal));
            }
        }

        var deepest = 0;
        for (var i = ((height - 1) * stride) - 2; i > stride; i--)
        {
            if (distance[i] != 0)
            {
                distance[i] = Math.Min(
                    distance[i],
                    Math.Min(Math.Min(distance[i + 1], distance[i + stride]) + Straight, Math.Min(distance[i + stride + 1], distance[i + stride - 1]) + Diagonal));
                deepest = Math.Max(deepest, distance[i]);
            }
        }

        return deepest;
    }
}
