namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>spatter</c>, severity 4 (c = (0.65, 0.3, 1, 0.65, 1.5, 1)): corruptions.py's spatter. A liquid layer of
/// normal(0.65, 0.3) noise is blurred (sigma 1) and thresholded at 0.65; the mask of what remains is blurred (sigma 1.5)
/// and kept where at least 0.8; there the pixel becomes <c>x·(1 - m) + m·63/255</c>, grey mud. Blurs are skimage's
/// gaussian with its default repeated edges. Follows the reference exactly but for the random stream: for the same
/// liquid noise it gives the bytes the reference code gives (checked with skimage 0.19.3).
/// </summary>
public sealed class Spatter() : MnistCorruption("spatter", 4)
{
    private const double LiquidMean = 0.65;
    private const double LiquidDeviation = 0.3;
    private const double LiquidSigma = 1;
    private const double LiquidThreshold = 0.65;
    private const double MaskSigma = 1.5;
    internal const double MaskThreshold = 0.8;
    internal const double Mud = 63 / 255.0;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        var liquid = new double[digit.Length];
        for (var i = 0; i < liquid.Length; i++)
        {
            liquid[i] = random.Normal(LiquidMean, LiquidDeviation);
        }

        return Over(digit, liquid);
    }

    /// <summary>The reference's spatter over a digit, given the liquid layer's noise (before its blur).</summary>
    internal static double[] Over(double[] digit, double[] liquid)
    {
        var blurred = GaussianFilter.Blur(liquid, LiquidSigma, LiquidSigma, GaussianFilter.Edge.Nearest);
        var wet = Array.ConvertAll(blurred, v => v > LiquidThreshold ? 1.0 : 0.0);
        var mask = GaussianFilter.Blur(wet, MaskSigma, MaskSigma, GaussianFilter.Edge.Nearest);
        var result = new double[digit.Length];
        for (var i = 0; i < digit.Length; i++)
        {
            var m = mask[i] < MaskThreshold ? 0 : mask[i];
            result[i] = (digit[i] * (1 - m)) + (Mud * m);
        }

        return result;
    }
}
