namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Independent measurements of a 28x28 output, so tests do not trust the preprocessor's own diagnostics.</summary>
internal static class OutputMeasure
{
    private const int Side = 28;

    /// <summary>Centre of mass measured from pixel edges, so the 28x28 image's centre is (14,14).</summary>
    public static (double X, double Y) CentreOfMass(ReadOnlySpan<float> pixels, int width = Side)
    {
        double total = 0, sumX = 0, sumY = 0;
        for (var i = 0; i < pixels.Length; i++)
        {
            total += pixels[i];
            sumX += pixels[i] * ((i % width) + 0.5);
            sumY += pixels[i] * ((i / width) + 0.5);
        }

        return (sumX / total, sumY / total);
    }

    /// <summary>Inclusive bounds of the pixels above zero in an image of the given width.</summary>
    public static (int Left, int Top, int Right, int Bottom) Bounds(ReadOnlySpan<float> pixels, int width)
    {
        int left = width, top = int.MaxValue, right = -1, bottom = -1;
        for (var i = 0; i < pixels.Length; i++)
        {
            if (pixels[i] > 0f)
            {
                (left, right) = (Math.Min(left, i % width), Math.Max(right, i % width));
                (top, bottom) = (Math.Min(top, i / width), Math.Max(bottom, i / width));
            }
        }

        return (left, top, right, bottom);
    }

    /// <summary>Width and height of the box holding every inked (non-zero) pixel of a 28x28 image.</summary>
    public static (int Width, int Height) InkBox(ReadOnlySpan<float> pixels)
    {
        var (left, top, right, bottom) = Bounds(pixels, Side);
        return (right - left + 1, bottom - top + 1);
    }

    /// <summary>Intersection over union of the pixels above <paramref name="level"/> in two images.</summary>
    public static double Overlap(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float level)
    {
        int both = 0, either = 0;
        for (var i = 0; i < a.Length; i++)
        {
            bool inA = a[i] > level, inB = b[i] > level;
            both += inA && inB ? 1 : 0;
            either += inA || inB ? 1 : 0;
        }

        return (double)both / either;
    }

    public static double MeanAbsoluteDifference(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return sum / a.Length;
    }
}
