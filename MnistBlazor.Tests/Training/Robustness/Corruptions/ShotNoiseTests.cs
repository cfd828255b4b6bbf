using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class ShotNoiseTests
{
    [Fact]
    public void BlackStaysBlackBecauseNoLightGivesNoPhotons()
    {
        var digit = TestDigits.Seven();

        var noisy = new ShotNoise().Apply(digit, new Random(7));

        Assert.All(PixelMeasures.Indices(digit, p => p == 0), i => Assert.Equal(0, noisy[i]));
    }

    [Fact]
    public void EveryPixelIsAWholeNumberOfThePhotonsPerUnit()
    {
        var noisy = new ShotNoise().Apply(TestDigits.Filled(128), new Random(7));

        // c = 3 photons per unit: 0, 1, 2, or 3 and more (clipped) photons are 0, 85, 170 and 255.
        Assert.All(noisy, p => Assert.Contains(p, new byte[] { 0, 85, 170, 255 }));
    }

    [Fact]
    public void WhiteInkKeepsTheMeanOfAClippedPoissonOfThree()
    {
        var square = TestDigits.Square(6, 6, 16);

        var noisy = new ShotNoise().Apply(square, new Random(11));

        // E[min(Poisson(3), 3)] / 3 = (1·0.149 + 2·0.224 + 3·0.577) / 3 = 0.776 of the ink survives on average.
        Assert.Equal(0.776 * 256, PixelMeasures.Mass(noisy), tolerance: 0.08 * 256);
    }
}
