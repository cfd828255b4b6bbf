using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Framing;

/// <summary>
/// Separable resampling with a triangle (tent) filter widened by the shrink factor, so downscaling averages every
/// source pixel (antialiasing) and upscaling is bilinear. Outside the source counts as background (0).
/// </summary>
internal static class TriangleResampler
{
    public static float[] Resample(ReadOnlySpan<float> source, int stride, int left, int top, int width, int height, int newWidth, int newHeight)
    {
        var columns = Taps.For(width, newWidth);
        var rows = Taps.For(height, newHeight);
        using var horizontalBuffer = new PooledArray<float>(height * newWidth, clear: false);
        var horizontal = horizontalBuffer.Span;
        for (var y = 0; y < height; y++)
        {
            var line = source.Slice(((top + y) * stride) + left, width);
            for (var x = 0; x < newWidth; x++)
            {
                horizontal[(y * newWidth) + x] = columns.Apply(x, line, 1);
            }
        }

        var result = new float[newWidth * newHeight];
        for (var y = 0; y < newHeight; y++)
        {
            for (var x = 0; x < newWidth; x++)
            {
                result[(y * newWidth) + x] = rows.Apply(y, horizontal[x..], newWidth);
            }
        }

        return result;
    }

    /// <summary>Each output index's first source index and normalised weights.</summary>
    private sealed class Taps
    {
        private readonly int[] first;
        private readonly int[] count;
        private readonly float[] weights;
        private readonly int maxTaps;

        private Taps(int outputs, int maxTaps)
        {
            first = new int[outputs];
            count = new int[outputs];
            weights = new float[outputs * maxTaps];
            this.maxTaps = maxTaps;
        }

        public static Taps For(int inputs, int outputs)
        {
            var ratio = (float)inputs / outputs;
            var radius = MathF.Max(1f, ratio);
            var taps = new Taps(outputs, (2 * (int)MathF.Ceiling(radius)) + 1);
            for (var i = 0; i < outputs; i++)
            {
                var centre = ((i + 0.5f) * ratio) - 0.5f;
                int from = (int)MathF.Floor(centre - radius) + 1, to = (int)MathF.Ceiling(centre + radius) - 1;
                var total = 0f;
                for (var j = from; j <= to; j++)
                {
                    total += 1f - (MathF.Abs(j - centre) / radius);
                }

                var kept = 0;
                taps.first[i] = Math.Max(0, from);
                for (var j = taps.first[i]; j <= Math.Min(inputs - 1, to); j++)
                {
                    taps.weights[(i * taps.maxTaps) + kept++] = (1f - (MathF.Abs(j - centre) / radius)) / total;
                }

                taps.count[i] = kept;
            }

            return taps;
        }

        public float Apply(int output, ReadOnlySpan<float> line, int step)
        {
            var sum = 0f;
            var start = first[output];
            var weightStart = output * maxTaps;
            for (var k = 0; k < count[output]; k++)
            {
                sum += weights[weightStart + k] * line[(start + k) * step];
            }

            return sum;
        }
    }
}
