using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>Turns the kept components into graded ink (0..1); only the digit's region is touched afterwards.</summary>
internal static class DigitInk
{
    /// <summary>Share of a photo's stroke pixels that come out at full strength, like MNIST's saturated stroke cores.</summary>
    private const double PhotoFullInkShare = 0.25;

    /// <summary>
    /// How far (in working pixels) a photo's strokes may grow past their seeds: enough for blurred edges, while a
    /// longer reach follows grain and shading left-overs across the paper, even to the frame, and shrinks the digit.
    /// </summary>
    private const int PhotoGrowthReach = 2;

    /// <summary>Marks a pixel as part of the digit in the label plane.</summary>
    private const int Digit = -1;

    /// <summary>
    /// Grows the kept components through neighbouring pixels down to <see cref="InkLevels.Faintest"/> (hysteresis, so
    /// antialiased edges stay but detached specks go), checks the ink stands out from the noise, then rescales the
    /// digit's region in place: digit pixels to 0..1, all others there to 0. Reuses <paramref name="labels"/> as the mask.
    /// </summary>
    public static BlankReason Render(
        GrayPlane strength, Span<int> labels, int componentCount, IReadOnlyList<InkComponent> kept, InkLevels levels,
        bool photo, DigitPreprocessorOptions options, out InkExtent extent)
    {
        extent = default;
        var reach = photo ? PhotoGrowthReach : int.MaxValue;
        var region = Grow(strength, labels, componentCount, kept, levels.Faintest, reach, out var inkLevels);
        float typical = inkLevels.Median;
        if (typical - levels.Background < MathF.Max(options.MinInkContrast, options.MinContrastToNoise * levels.Noise))
        {
            return BlankReason.TooFaint;
        }

        // Clean input keeps its own grey levels; photos saturate the stroke cores and grade the edges.
        float full = photo ? inkLevels.Percentile(1 - PhotoFullInkShare) : inkLevels.Percentile(1);
        return Rescale(strength, labels, region, levels.Floor, 1f / MathF.Max(1f, full - levels.Floor), out extent)
            ? BlankReason.None
            : BlankReason.NoInk;
    }

    /// <summary>
    /// Marks the digit's pixels, growing breadth-first at most <paramref name="reach"/> pixels from the seeds, and
    /// returns the box they occupy, with a histogram of the seed strengths.
    /// </summary>
    private static InkExtent Grow(
        GrayPlane strength, Span<int> labels, int componentCount, IReadOnlyList<InkComponent> kept, float faintest,
        int reach, out LevelHistogram seedLevels)
    {
        int width = strength.Width, height = strength.Height;
        ReadOnlySpan<float> pixels = strength.Pixels;
        var keptLabel = new bool[componentCount + 1];
        int left = width, top = height, right = -1, bottom = -1;
        foreach (var component in kept)
        {
            keptLabel[component.Label] = true;
            (left, right) = (Math.Min(left, component.MinX), Math.Max(right, component.MaxX));
            (top, bottom) = (Math.Min(top, component.MinY), Math.Max(bottom, component.MaxY));
        }

        seedLevels = new LevelHistogram();
        // Each queued pixel's row is kept beside it: dividing the index by the width for every pixel took a good part of the time.
        using var queueBuffer = new PooledArray<int>(pixels.Length, clear: false);
        using var queueRowsBuffer = new PooledArray<int>(pixels.Length, clear: false);
        var queue = queueBuffer.Span;
        var queueRows = queueRowsBuffer.Span;
        var count = 0;
        for (var y = top; y <= bottom; y++)
        {
            for (int i = (y * width) + left, end = (y * width) + right; i <= end; i++)
            {
                if (labels[i] > 0 && keptLabel[labels[i]])
                {
                    labels[i] = Digit;
                    queueRows[count] = y;
                    queue[count++] = i;
                    seedLevels.Add(pixels[i]);
                }
            }
        }

        for (int head = 0, layerEnd = count, depth = 1; head < count; head++)
        {
            if (head == layerEnd)
            {
                if (++depth > reach)
                {
                    break;
                }

                layerEnd = count;
            }

            var index = queue[head];
            int y = queueRows[head], x = index - (y * width);
            int fromX = x > 0 ? x - 1 : x, toX = x < width - 1 ? x + 1 : x;
            int fromY = y > 0 ? y - 1 : y, toY = y < height - 1 ? y + 1 : y;
            for (var ny = fromY; ny <= toY; ny++)
            {
                for (int neighbour = (ny * width) + fromX, end = (ny * width) + toX; neighbour <= end; neighbour++)
                {
                    if (labels[neighbour] != Digit && pixels[neighbour] >= faintest)
                    {
                        labels[neighbour] = Digit;
                        queueRows[count] = ny;
                        queue[count++] = neighbour;
                        (left, right) = (Math.Min(left, neighbour - (ny * width)), Math.Max(right, neighbour - (ny * width)));
                        (top, bottom) = (Math.Min(top, ny), Math.Max(bottom, ny));
                    }
                }
            }
        }

        return new InkExtent(left, top, right, bottom, 0f, 0f);
    }

    private static bool Rescale(
        GrayPlane strength, ReadOnlySpan<int> labels, InkExtent region, float floor, float scale, out InkExtent extent)
    {
        int width = strength.Width, left = width, top = strength.Height, right = -1, bottom = -1;
        double total = 0, sumX = 0, sumY = 0;
        for (var y = region.Top; y <= region.Bottom; y++)
        {
            var row = strength.Row(y);
            var rowLabels = labels.Slice(y * width, width);
            double rowTotal = 0;
            for (var x = region.Left; x <= region.Right; x++)
            {
                var value = rowLabels[x] == Digit ? Math.Clamp((row[x] - floor) * scale, 0f, 1f) : 0f;
                row[x] = value;
                if (value > 0f)
                {
                    (left, right) = (Math.Min(left, x), Math.Max(right, x));
                    rowTotal += value;
                    sumX += value * (x + 0.5);
                }
            }

            if (rowTotal > 0)
            {
                (top, bottom) = (Math.Min(top, y), y);
                total += rowTotal;
                sumY += rowTotal * (y + 0.5);
            }
        }

        extent = new InkExtent(left, top, right, bottom, (float)(sumX / total), (float)(sumY / total));
        return total > 0;
    }
}
