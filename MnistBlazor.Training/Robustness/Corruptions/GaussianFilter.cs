namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>scipy.ndimage.gaussian_filter</c> on a 28x28 image, which <c>skimage.filters.gaussian</c> calls: a separable
/// kernel <c>exp(-x²/2σ²)</c> normalised over <c>|x| ≤ int(4σ + 0.5)</c> (truncate 4), one sigma per axis (0 skips the
/// axis), edges either repeated (<c>mode='nearest'</c>, skimage's default) or zero (<c>mode='constant'</c>). Sums in
/// scipy's order (numpy's pairwise sum for the kernel; the centre tap, then the symmetric pairs from the outside in), so
/// ties, which decide Canny's edges on symmetric shapes, break as there. Measured: OpenCvSharp 4.13's SepFilter2D and
/// GaussianBlur give the same bytes on the test 7 (so would do for the blurs alone), but Canny and the warp must be hand
/// code (see there), and a native OpenCV runtime in the Training project for 60 lines of blur is not worth it.
/// </summary>
internal static class GaussianFilter
{
    public enum Edge
    {
        Nearest,
        Constant,
    }

    public static double[] Blur(double[] image, double rowSigma, double columnSigma, Edge edge)
    {
        var rows = rowSigma > 0 ? Along(image, Kernel(rowSigma), alongRows: true, edge) : image;
        return columnSigma > 0 ? Along(rows, Kernel(columnSigma), alongRows: false, edge) : (double[])rows.Clone();
    }

    internal static double[] Kernel(double sigma)
    {
        var radius = (int)((4.0 * sigma) + 0.5);
        var weights = new double[(2 * radius) + 1];
        for (var x = -radius; x <= radius; x++)
        {
            weights[x + radius] = Math.Exp(-0.5 / (sigma * sigma) * (x * x));
        }

        var sum = NumpySum(weights);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= sum;
        }

        return weights;
    }

    /// <summary>Convolves each column (<paramref name="alongRows"/>, scipy's axis 0) or each row (axis 1).</summary>
    private static double[] Along(double[] image, double[] weights, bool alongRows, Edge edge)
    {
        const int side = MnistCorruption.Side;
        var radius = weights.Length / 2;
        var result = new double[image.Length];
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                double Tap(int k) => alongRows ? Pixel(image, r + k, c, edge) : Pixel(image, r, c + k, edge);
                var sum = Tap(0) * weights[radius];
                for (var k = radius; k >= 1; k--)
                {
                    sum += (Tap(-k) + Tap(k)) * weights[radius - k];
                }

                result[(r * side) + c] = sum;
            }
        }

        return result;
    }

    private static double Pixel(double[] image, int r, int c, Edge edge)
    {
        const int side = MnistCorruption.Side;
        if (r is < 0 or >= side || c is < 0 or >= side)
        {
            if (edge == Edge.Constant)
            {
                return 0;
            }

            r = Math.Clamp(r, 0, side - 1);
            c = Math.Clamp(c, 0, side - 1);
        }

        return image[(r * side) + c];
    }

    /// <summary><c>np.sum</c> of up to 128 values: a plain loop below 8, else eight running sums added as a tree, then the rest.</summary>
    private static double NumpySum(double[] values)
    {
        var sum = 0.0;
        if (values.Length < 8)
        {
            foreach (var value in values)
            {
                sum += value;
            }

            return sum;
        }

        var partial = values[..8];
        var i = 8;
        for (; i < values.Length - (values.Length % 8); i += 8)
        {
            for (var j = 0; j < 8; j++)
            {
                partial[j] += values[i + j];
            }
        }

        sum = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]));
        for (; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
