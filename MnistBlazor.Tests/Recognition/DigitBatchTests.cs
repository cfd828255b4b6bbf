using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition;

/// <summary>What a batch of framed digits accepts, checked before any model runs.</summary>
public sealed class DigitBatchTests
{
    [Fact]
    public void AnEmptyBatchIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DigitBatch(ReadOnlyMemory<float>.Empty));

        Assert.Contains("at least one 28x28 digit; it is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PixelsThatAreNotWholeDigitsAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DigitBatch(new float[(2 * DigitImage.PixelCount) + 5]));

        Assert.Contains("1573 pixels are not whole 28x28 digits (784 pixels each)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrayLevelsPassedAsPixelsAreRefused()
    {
        var pixels = new float[DigitImage.PixelCount];
        pixels[400] = 255f;

        var error = Assert.Throws<ArgumentException>(() => new DigitBatch(pixels));

        Assert.Contains("must lie in 0..1", error.Message, StringComparison.Ordinal);
        Assert.Contains("0..255", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotANumberIsRefused()
    {
        var pixels = new float[DigitImage.PixelCount];
        pixels[3] = float.NaN;

        Assert.Throws<ArgumentException>(() => new DigitBatch(pixels));
    }

    [Fact]
    public void GrayLevelsAreScaledTo0Through1AndCountedInDigits()
    {
        var levels = new byte[2 * DigitImage.PixelCount];
        levels[0] = 255;
        levels[DigitImage.PixelCount + 1] = 51;

        var batch = DigitBatch.FromGrayLevels(levels);

        Assert.Equal(2, batch.Count);
        Assert.Equal(1f, batch.Pixels.Span[0]);
        Assert.Equal(51 / 255f, batch.Pixels.Span[DigitImage.PixelCount + 1]);
    }
}
