using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class ImpulseNoiseTests
{
    [Fact]
    public void EveryPixelIsKeptOrBecomesSaltOrPepper()
    {
        var digit = TestDigits.Seven();

        var noisy = new ImpulseNoise().Apply(digit, new Random(5));

        Assert.All(Enumerable.Range(0, 784), i => Assert.True(noisy[i] == digit[i] || noisy[i] is 0 or 255));
    }

    [Fact]
    public void AboutSeventeenPercentOfPixelsAreHitHalfSaltHalfPepper()
    {
        var grey = TestDigits.Filled(128);

        var noisy = new ImpulseNoise().Apply(grey, new Random(5));

        var salt = noisy.Count(p => p == 255);
        var pepper = noisy.Count(p => p == 0);
        Assert.InRange((salt + pepper) / 784.0, 0.12, 0.22);
        Assert.InRange(salt / (double)(salt + pepper), 0.3, 0.7);
    }

    [Fact]
    public void MostOfTheInkSurvivesAsOnlyPepperCanDarkenIt()
    {
        var digit = TestDigits.Seven();

        var noisy = new ImpulseNoise().Apply(digit, new Random(9));

        var ink = PixelMeasures.Indices(digit, p => p == 255).ToList();
        Assert.True(ink.Count(i => noisy[i] == 255) >= 0.8 * ink.Count);
    }
}
