namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>scipy.ndimage.gaussian_filter</c> on a 28x28 image, which <c>skimage.filters.gaussian</c> calls: a separable
/// kernel <c>exp(-x²/2σ²)</c> normalised over <c>|x| ≤ int(4σ + 0.5)</c> (truncate 4), one sigma per axis (0 skips the
/// axis), edges either repeated (<c>mode='nearest'</c>, skimage's default) or zero (<c>mode='constant'</c>). The same
/// arithmetic as scipy; OpenCV's GaussianBlur would need its kernel size and border set to match and is not needed for 784 pixels.
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
        var sum = 0.0;
        for (var x = -radius; x <= radius; x++)
        {
            weights[x + radius] = Math.Exp(-0.5 / (sigma * sigma) * x * x);
            sum += weights[x + radius];
        }

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
                var sum = 0.0;
                for (var k = -radius; k <= radius; k++)
                {
                    var rr = alongRows ? r + k : r;
                    var cc = alongRows ? c : c + k;
                    if (rr is < 0 or >= side || cc is < 0 or >= side)
                    {
                        if (edge == Edge.Constant)
                        {
                            continue;
                        }

                        rr = Math.Clamp(rr, 0, side - 1);
                        cc = Math.Clamp(cc, 0, side - 1);
                    }

                    sum += weights[k + radius] * image[(rr * side) + cc];
                }

                result[(r * side) + c] = sum;
            }
        }

        return result;
    }
}
