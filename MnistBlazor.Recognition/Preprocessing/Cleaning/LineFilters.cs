namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>One-dimensional running filters whose cost does not grow with the window (for large background windows).</summary>
internal static class LineFilters
{
    /// <summary>Scratch floats <see cref="RunningExtreme"/> needs for a line of <paramref name="length"/>.</summary>
    public static int ExtremeScratchLength(int length, int radius) => 3 * (length + (2 * radius));

    /// <summary>Running minimum or maximum over [i-radius, i+radius] clipped to the line (van Herk / Gil-Werman).</summary>
    public static void RunningExtreme(ReadOnlySpan<float> line, Span<float> result, int radius, bool maximum, Span<float> scratch)
    {
        var n = line.Length;
        var window = (2 * radius) + 1;
        var padded = n + (2 * radius);
        var values = scratch[..padded];
        var prefix = scratch.Slice(padded, padded);
        var suffix = scratch.Slice(2 * padded, padded);

        // Minimum is computed as the maximum of negated values, so one loop serves both.
        var sign = maximum ? 1f : -1f;
        values[..radius].Fill(float.NegativeInfinity);
        values[(radius + n)..].Fill(float.NegativeInfinity);
        for (var i = 0; i < n; i++)
        {
            values[radius + i] = sign * line[i];
        }

        for (var blockStart = 0; blockStart < padded; blockStart += window)
        {
            var blockEnd = Math.Min(padded, blockStart + window) - 1;
            prefix[blockStart] = values[blockStart];
            for (var i = blockStart + 1; i <= blockEnd; i++)
            {
                prefix[i] = Larger(prefix[i - 1], values[i]);
            }

            suffix[blockEnd] = values[blockEnd];
            for (var i = blockEnd - 1; i >= blockStart; i--)
            {
                suffix[i] = Larger(suffix[i + 1], values[i]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            result[i] = sign * Larger(suffix[i], prefix[i + (2 * radius)]);
        }
    }

    /// <summary>Running mean over [i-radius, i+radius] clipped to the line; <paramref name="sums"/> needs length + 1 floats.</summary>
    public static void RunningMean(ReadOnlySpan<float> line, Span<float> result, int radius, Span<float> sums)
    {
        var n = line.Length;
        sums[0] = 0;
        for (var i = 0; i < n; i++)
        {
            sums[i + 1] = sums[i] + line[i];
        }

        // Only windows clipped by the line's ends need their own divisor.
        var inverseWindow = 1f / ((2 * radius) + 1);
        for (var i = 0; i < n; i++)
        {
            int from = i - radius, to = i + radius + 1;
            result[i] = from >= 0 && to <= n
                ? (sums[to] - sums[from]) * inverseWindow
                : (sums[Math.Min(n, to)] - sums[Math.Max(0, from)]) / (Math.Min(n, to) - Math.Max(0, from));
        }
    }

    /// <summary>A plain comparison: no NaN can occur here, and Math.Max's NaN handling costs time in these loops.</summary>
    private static float Larger(float a, float b) => a > b ? a : b;
}
