namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>glass_blur</c>, severity 1 (sigma 0.7, max_delta 1, 2 iterations): corruptions.py's glass_blur. Blur, truncate to
/// uint8 (<c>np.uint8(... * 255)</c>), swap pixels locally, blur again. Two details of the reference are kept on
/// purpose: <c>gaussian(..., multichannel=True)</c> on a 2-D image takes the columns for channels, so both blurs run
/// down the columns only (sigma 0.7 along rows, none across); and <c>np.random.randint(-1, 1)</c> excludes its upper
/// bound, so a pixel swaps only with itself or its neighbours up and to the left. Differs only in the random stream: fed
/// the reference's decisions, it gives the reference's bytes (checked with skimage 0.19.3).
/// </summary>
public sealed class GlassBlur() : MnistCorruption("glass_blur", 1)
{
    internal const double Sigma = 0.7;
    private const int MaxDelta = 1;
    private const int Iterations = 2;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        const int side = Side;
        var blurred = GaussianFilter.Blur(digit, Sigma, 0, GaussianFilter.Edge.Nearest);
        var pixels = new byte[blurred.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(Math.Truncate(blurred[i] * 255), 0, 255);
        }

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var h = side - MaxDelta; h > MaxDelta; h--)
            {
                for (var w = side - MaxDelta; w > MaxDelta; w--)
                {
                    if (!random.Chance())
                    {
                        continue;
                    }

                    var dx = random.Next(-MaxDelta, MaxDelta);
                    var dy = random.Next(-MaxDelta, MaxDelta);
                    var here = (h * side) + w;
                    (pixels[here], pixels[here + (dy * side) + dx]) = (pixels[here + (dy * side) + dx], pixels[here]);
                }
            }
        }

        var shuffled = Array.ConvertAll(pixels, p => p / 255.0);
        return GaussianFilter.Blur(shuffled, Sigma, 0, GaussianFilter.Edge.Nearest);
    }
}
