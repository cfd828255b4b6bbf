using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class GlassBlurTests
{
    [Fact]
    public void TheBlurRunsDownTheColumnsOnlyAsTheReferencesMultichannelGaussianDoes()
    {
        var dot = TestDigits.Unit(TestDigits.Dot(14, 14));

        var blurred = GaussianFilter.Blur(dot, GlassBlur.Sigma, 0, GaussianFilter.Edge.Nearest);

        // scipy's kernel for sigma 0.7: exp(-x²/0.98) over |x| ≤ 3, normalised; 1 / 1.75484 at the centre.
        Assert.Equal(0.569853, blurred[(14 * 28) + 14], precision: 5);
        Assert.Equal(0.205397, blurred[(13 * 28) + 14], precision: 5);
        Assert.Equal(0.205397, blurred[(15 * 28) + 14], precision: 5);
        Assert.Equal(0, blurred[(14 * 28) + 13]);
        Assert.Equal(0, blurred[(14 * 28) + 15]);
    }

    [Fact]
    public void PixelsSwapOnlyUpAndLeftSoInkMovesRightByAtMostOnePixelPerPass()
    {
        var line = new byte[784];
        for (var r = 0; r < 28; r++)
        {
            line[(r * 28) + 10] = 255;
        }

        var glassy = new GlassBlur().Apply(line, new Random(3));

        // Two passes: no ink beyond column 12, and the vertical blur adds none sideways.
        Assert.All(PixelMeasures.Indices(glassy, p => p > 0), i => Assert.True(i % 28 <= 12, $"ink at column {i % 28}"));
        Assert.True(glassy.Count(p => p > 0) > 28, "the shuffle moved some ink off the line");
    }

    [Fact]
    public void TheDigitsInkIsKept()
    {
        var digit = TestDigits.Seven();

        var glassy = new GlassBlur().Apply(digit, new Random(8));

        Assert.Equal(PixelMeasures.Mass(digit), PixelMeasures.Mass(glassy), tolerance: 0.05 * PixelMeasures.Mass(digit));
    }
}
