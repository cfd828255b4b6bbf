using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>
/// Evens out shadows and lamp hot spots. A light blur tames sensor noise; the background is then estimated on a
/// coarse copy (it varies slowly, and this keeps photos fast) by a morphological opening with a window wider than any
/// stroke (exact for linear shading), smoothed, and subtracted at full resolution.
/// </summary>
internal static class UnevenLightFlattening
{
    /// <summary>Coarse pixels across the opening's radius: enough to follow shading, few enough to be cheap.</summary>
    private const int CoarseStepsPerRadius = 6;

    /// <returns>True when the ink was dark on light and the plane was inverted.</returns>
    public static bool Apply(GrayPlane plane, float windowFraction, bool inkKnownLight)
    {
        PlaneFilters.BoxBlur(plane, 1);
        var radius = Math.Max(2, (int)(Math.Min(plane.Width, plane.Height) * windowFraction / 2));
        var step = Math.Max(1, radius / CoarseStepsPerRadius);
        using var background = CoarsePlane.Shrink(plane, step);
        var coarseRadius = Math.Max(1, radius / step);
        var inverted = !inkKnownLight && InkIsDarkerThanSurroundings(background);
        if (inverted)
        {
            Invert(plane);
            Invert(background);
        }

        PlaneFilters.Erode(background, coarseRadius);
        PlaneFilters.Dilate(background, coarseRadius);
        SmoothUpwards(background, Math.Max(1, coarseRadius / 2));
        CoarsePlane.SubtractEnlarged(plane, background, step);
        return inverted;
    }

    /// <summary>
    /// Under uneven light the extremes belong to the shading, so compare each pixel with its neighbourhood instead:
    /// ink makes the residual's tail on its own side heavier, while noise and gradients are symmetric.
    /// </summary>
    private static bool InkIsDarkerThanSurroundings(GrayPlane plane)
    {
        using var surroundings = new GrayPlane(plane.Width, plane.Height);
        plane.Pixels.CopyTo(surroundings.Pixels);
        // A neighbourhood of half the shorter side: paper dominates it even around bold strokes, whose small enclosed
        // counters would otherwise stand out as the lighter tail and flip the polarity.
        PlaneFilters.BoxBlur(surroundings, Math.Max(2, Math.Min(plane.Width, plane.Height) / 4));
        var residuals = new LevelHistogram();
        ReadOnlySpan<float> pixels = plane.Pixels, mean = surroundings.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            residuals.Add(((pixels[i] - mean[i]) / 2f) + 128f);
        }

        return 128 - residuals.Percentile(0.005) > residuals.Percentile(0.995) - 128;
    }

    /// <summary>
    /// Smooths the opening's blocky steps but never lowers it: lowering it beside a sharp edge (a desk around the
    /// paper) would turn the bright side of the edge into a ridge of false ink.
    /// </summary>
    private static void SmoothUpwards(GrayPlane background, int radius)
    {
        using var smooth = new GrayPlane(background.Width, background.Height);
        background.Pixels.CopyTo(smooth.Pixels);
        PlaneFilters.BoxBlur(smooth, radius);
        var pixels = background.Pixels;
        ReadOnlySpan<float> smoothed = smooth.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = MathF.Max(pixels[i], smoothed[i]);
        }
    }

    private static void Invert(GrayPlane plane)
    {
        foreach (ref var value in plane.Pixels)
        {
            value = 255f - value;
        }
    }
}
