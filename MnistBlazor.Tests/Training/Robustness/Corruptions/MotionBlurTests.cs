using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class MotionBlurTests
{
    [Fact]
    public void TheKernelIsImageMagicksOneSidedGaussianOfRadiusTenAndSigmaThree()
    {
        var kernel = MotionBlur.Kernel();

        var unnormalised = Enumerable.Range(0, 21).Select(i => Math.Exp(-(i * i) / 18.0)).ToArray();
        Assert.Equal(21, kernel.Length);
        Assert.Equal(1, kernel.Sum(), precision: 12);
        Assert.All(Enumerable.Range(0, 21), i => Assert.Equal(unnormalised[i] / unnormalised.Sum(), kernel[i], precision: 12));
    }

    [Fact]
    public void AtAngleZeroADotIsSmearedLeftAlongItsRowWithTheKernelsWeights()
    {
        var dot = TestDigits.Unit(TestDigits.Dot(14, 22));

        var blurred = MotionBlur.Blur(dot, 0);

        var kernel = MotionBlur.Kernel();
        Assert.All(Enumerable.Range(0, 21), i => Assert.Equal(kernel[i], blurred[(14 * 28) + 22 - i], precision: 12));
        Assert.Equal(kernel.Sum(), blurred.Sum(), precision: 12);
    }

    [Fact]
    public void AtFortyFiveDegreesADotIsSmearedUpAndLeftAlongTheDiagonal()
    {
        var dot = TestDigits.Unit(TestDigits.Dot(24, 24));

        var blurred = MotionBlur.Blur(dot, 45);

        var lit = Enumerable.Range(0, 784).Where(i => blurred[i] > 0).ToList();
        Assert.All(lit, i => Assert.Equal(24 - (i / 28), 24 - (i % 28)));
        Assert.Contains((10 * 28) + 10, lit);
    }

    [Theory]
    [InlineData(0, new byte[] { 10, 72, 254, 255, 0, 0, 37 })]
    [InlineData(17.3, new byte[] { 9, 89, 254, 240, 0, 2, 31 })]
    public void TheSevenBlursToTheBytesImageMagickWrites(double angle, byte[] imageMagick)
    {
        // Pixels of `convert seven.png -motion-blur 10x3+angle` (ImageMagick 6.9.11 Q16), the reference's Wand call.
        (int Row, int Column)[] pixels = [(6, 0), (6, 3), (6, 8), (7, 7), (12, 5), (20, 3), (15, 10)];

        var blurred = MnistCorruption.ToBytes(MotionBlur.QuantisedAsImageMagick(MotionBlur.Blur(TestDigits.Unit(TestDigits.Seven()), angle)));

        Assert.Equal(imageMagick, pixels.Select(p => PixelMeasures.At(blurred, p.Row, p.Column)));
    }

    [Fact]
    public void TheDigitsInkIsKeptSaveWhatIsSmearedOffTheLeftEdge()
    {
        var digit = TestDigits.Seven();

        var blurred = new MotionBlur().Apply(digit, new Random(4));

        Assert.InRange(PixelMeasures.Mass(blurred), 0.85 * PixelMeasures.Mass(digit), 1.02 * PixelMeasures.Mass(digit));
    }
}
