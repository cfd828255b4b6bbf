namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>skimage.feature.canny(image)</c> with its defaults, as MNIST-C calls it on a float image in 0..1: Gaussian
/// smoothing (sigma 1, zero outside, divided by the smoothed all-ones mask), scipy Sobel gradients (edges reflected),
/// non-maximum suppression interpolated between the two neighbours in each of four 45-degree sectors (skimage's
/// comparisons and sector order, ties kept), the one-pixel border dropped, then hysteresis with low 0.1 and high 0.2
/// (skimage's fractions of a float image's range) over 8-connected segments. OpenCV's Canny is a different algorithm (no
/// smoothing, integer Sobel on 8-bit input, nearest-direction suppression): measured on the test 7 with OpenCvSharp 4.13,
/// even after a sigma-1 blur and with skimage's thresholds in its units (25.5, 51, L2), 2 of 784 pixels differ from
/// skimage (21 to 24 without the blur); this code differs on none.
/// </summary>
internal static class CannyEdgeDetector
{
    private const int Side = MnistCorruption.Side;
    private const double Sigma = 1;
    private const double LowThreshold = 0.1;
    private const double HighThreshold = 0.2;

    // np.finfo(float).eps, which skimage adds to the mask before dividing.
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static bool[] Edges(double[] image)
    {
        var smoothed = Smooth(image);
        var isobel = Sobel(smoothed, acrossRows: true);
        var jsobel = Sobel(smoothed, acrossRows: false);
        var magnitude = new double[image.Length];
        for (var i = 0; i < magnitude.Length; i++)
        {
            magnitude[i] = double.Hypot(isobel[i], jsobel[i]);
        }

        var maxima = LocalMaxima(isobel, jsobel, magnitude);
        return Hysteresis(maxima, magnitude);
    }

    private static double[] Smooth(double[] image)
    {
        var ones = new double[image.Length];
        Array.Fill(ones, 1.0);
        var bleed = GaussianFilter.Blur(ones, Sigma, Sigma, GaussianFilter.Edge.Constant);
        var smoothed = GaussianFilter.Blur(image, Sigma, Sigma, GaussianFilter.Edge.Constant);
        for (var i = 0; i < smoothed.Length; i++)
        {
            smoothed[i] /= bleed[i] + MachineEpsilon;
        }

        return smoothed;
    }

    /// <summary><c>scipy.ndimage.sobel</c>: [-1, 0, 1] along one axis, [1, 2, 1] along the other, mode 'reflect'.</summary>
    private static double[] Sobel(double[] image, bool acrossRows)
    {
        var derivative = new double[image.Length];
        for (var r = 0; r < Side; r++)
        {
            for (var c = 0; c < Side; c++)
            {
                derivative[(r * Side) + c] = acrossRows
                    ? At(image, r + 1, c) - At(image, r - 1, c)
                    : At(image, r, c + 1) - At(image, r, c - 1);
            }
        }

        var result = new double[image.Length];
        for (var r = 0; r < Side; r++)
        {
            for (var c = 0; c < Side; c++)
            {
                // scipy's order for a symmetric kernel: the centre, then the pair.
                result[(r * Side) + c] = acrossRows
                    ? (At(derivative, r, c) * 2) + (At(derivative, r, c - 1) + At(derivative, r, c + 1))
                    : (At(derivative, r, c) * 2) + (At(derivative, r - 1, c) + At(derivative, r + 1, c));
            }
        }

        return result;
    }

    // One step outside, scipy's 'reflect' (d c b a | a b c d) reads the edge pixel itself.
    private static double At(double[] image, int r, int c) => image[(Math.Clamp(r, 0, Side - 1) * Side) + Math.Clamp(c, 0, Side - 1)];

    private static bool[] LocalMaxima(double[] isobel, double[] jsobel, double[] magnitude)
    {
        var maxima = new bool[magnitude.Length];
        for (var r = 1; r < Side - 1; r++)
        {
            for (var c = 1; c < Side - 1; c++)
            {
                var p = (r * Side) + c;
                if (magnitude[p] <= 0)
                {
                    continue;
                }

                var (i, j) = (isobel[p], jsobel[p]);
                var (ai, aj) = (Math.Abs(i), Math.Abs(j));
                var sameSigns = (i >= 0 && j >= 0) || (i <= 0 && j <= 0);
                var oppositeSigns = (i <= 0 && j >= 0) || (i >= 0 && j <= 0);

                // skimage assigns the four sectors in this order; a pixel on a sector boundary keeps the last answer.
                if (sameSigns && ai >= aj)
                {
                    maxima[p] = IsMaximum(magnitude, r, c, aj / ai, (1, 0), (1, 1), (-1, 0), (-1, -1));
                }

                if (sameSigns && ai <= aj)
                {
                    maxima[p] = IsMaximum(magnitude, r, c, ai / aj, (0, 1), (1, 1), (0, -1), (-1, -1));
                }

                if (oppositeSigns && ai <= aj)
                {
                    maxima[p] = IsMaximum(magnitude, r, c, ai / aj, (0, 1), (-1, 1), (0, -1), (1, -1));
                }

                if (oppositeSigns && ai >= aj)
                {
                    maxima[p] = IsMaximum(magnitude, r, c, aj / ai, (-1, 0), (-1, 1), (1, 0), (1, -1));
                }
            }
        }

        return maxima;
    }

    /// <summary>The magnitude is at least its interpolation <c>c2·w + c1·(1 - w)</c> on both sides along the gradient.</summary>
    private static bool IsMaximum(double[] magnitude, int r, int c, double w,
        (int R, int C) plus1, (int R, int C) plus2, (int R, int C) minus1, (int R, int C) minus2)
    {
        var m = magnitude[(r * Side) + c];
        double Mag((int R, int C) d) => magnitude[((r + d.R) * Side) + c + d.C];
        return (Mag(plus2) * w) + (Mag(plus1) * (1 - w)) <= m && (Mag(minus2) * w) + (Mag(minus1) * (1 - w)) <= m;
    }

    /// <summary>Keeps the 8-connected segments of maxima at or above the low threshold that hold one at or above the high.</summary>
    private static bool[] Hysteresis(bool[] maxima, double[] magnitude)
    {
        var edges = new bool[maxima.Length];
        var pending = new Stack<int>();
        for (var p = 0; p < maxima.Length; p++)
        {
            if (maxima[p] && magnitude[p] >= HighThreshold)
            {
                edges[p] = true;
                pending.Push(p);
            }
        }

        while (pending.TryPop(out var p))
        {
            var (r, c) = (p / Side, p % Side);
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    var (nr, nc) = (r + dr, c + dc);
                    if (nr is < 0 or >= Side || nc is < 0 or >= Side)
                    {
                        continue;
                    }

                    var n = (nr * Side) + nc;
                    if (!edges[n] && maxima[n] && magnitude[n] >= LowThreshold)
                    {
                        edges[n] = true;
                        pending.Push(n);
                    }
                }
            }
        }

        return edges;
    }
}
