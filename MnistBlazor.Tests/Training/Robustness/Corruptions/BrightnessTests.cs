using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class BrightnessTests
{
    [Fact]
    public void TheBlackBackgroundBecomesMidGrey()
    {
        var brighter = new Brightness().Apply(TestDigits.Blank(), new Random(1));

        Assert.All(brighter, p => Assert.Equal(128, p));
    }

    [Fact]
    public void EveryPixelRisesByHalfTheRangeUpToWhite()
    {
        var digit = TestDigits.Seven();

        var brighter = new Brightness().Apply(digit, new Random(1));

        Assert.All(Enumerable.Range(0, 784), i => Assert.Equal(Math.Min(255, digit[i] + 127.5), brighter[i], tolerance: 0.5));
    }

    [Fact]
    public void TheInkStaysWhiteAboveTheGreyBackground()
    {
        var digit = TestDigits.Seven();

        var brighter = new Brightness().Apply(digit, new Random(1));

        Assert.All(PixelMeasures.Indices(digit, p => p == 255), i => Assert.Equal(255, brighter[i]));
        Assert.All(PixelMeasures.Indices(digit, p => p == 0), i => Assert.Equal(128, brighter[i]));
    }
}
