using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>
/// Tells strokes from dots. Every digit has a stroke several widths long, while a tap on the pad leaves a blob about
/// as long as it is wide, which scaling to 20 px would blow up into a convincing "0". A part's length is its area
/// over its stroke width (twice the typical distance from its ridge to the background), measured in stroke widths:
/// about 0.8 for a disc. Parts are
/// measured one by one, so two dots side by side stay two dots rather than one short bar.
/// </summary>
internal static class StrokeShape
{
    /// <summary>Chamfer distance steps (3-4): close to Euclidean, integers only.</summary>
    private const int Straight = 3;
    private const int Diagonal = 4;

    /// <summary>True when at least one part is a stroke of <paramref name="minLengthInWidths"/> or more.</summary>
    public static bool HasStroke(ReadOnlySpan<int> labels, int planeWidth, IEnumerable<InkComponent> parts, float minLengthInWidths)
    {
        foreach (var part in parts)
        {
            if (LengthInWidths(labels, planeWidth, part) >= minLengthInWidths)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part's length in stroke widths, from its pixels in the component label plane.</summary>
    public static float LengthInWidths(ReadOnlySpan<int> labels, int planeWidth, InkComponent part)
    {
        // One pixel of background all round, so the passes need no edge checks.
        int width = part.MaxX - part.MinX + 1, height = part.MaxY - part.MinY + 1;
        int stride = width + 2;
        using var distanceBuffer = new PooledArray<int>(stride * (height + 2), clear: true);
        var distance = distanceBuffer.Span;
        for (var y = 0; y < height; y++)
        {
            var row = labels.Slice(((part.MinY + y) * planeWidth) + part.MinX, width);
            for (var x = 0; x < width; x++)
            {
                distance[((y + 1) * stride) + x + 1] = row[x] == part.Label ? int.MaxValue / 2 : 0;
            }
        }

        // A ridge pixel's centre lies d pixels from the nearest background centre, so the edges about d - 0.5 away.
        // The median ridge, not the deepest point: a loop filled in by a broad pen is one wide spot, not the stroke.
        var ridge = (float)MedianRidge(distance, stride, height + 2, Sweep(distance, stride, height + 2)) / Straight;
        var strokeWidth = MathF.Max(1f, (2f * ridge) - 1f);
        return part.Area / (strokeWidth * strokeWidth);
    }

    /// <summary>The median distance of the ridge: pixels no nearer the background than any of their neighbours.</summary>
    private static int MedianRidge(ReadOnlySpan<int> distance, int stride, int height, int deepest)
    {
        using var countsBuffer = new PooledArray<int>(deepest + 1, clear: true);
        var counts = countsBuffer.Span;
        var total = 0;
        for (var i = stride + 1; i < (height - 1) * stride; i++)
        {
            var d = distance[i];
            if (d != 0 && d >= Math.Max(Math.Max(Math.Max(distance[i - 1], distance[i + 1]), Math.Max(distance[i - stride], distance[i + stride])),
                Math.Max(Math.Max(distance[i - stride - 1], distance[i - stride + 1]), Math.Max(distance[i + stride - 1], distance[i + stride + 1]))))
            {
                counts[d]++;
                total++;
            }
        }

        for (int d = 0, seen = 0; d <= deepest; d++)
        {
            seen += counts[d];
            if (2 * seen >= total && total > 0)
            {
                return d;
            }
        }

        return deepest;
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
