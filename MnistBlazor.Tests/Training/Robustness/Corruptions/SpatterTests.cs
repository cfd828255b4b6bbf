using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class SpatterTests
{
    [Fact]
    public void WhereMudFallsThePixelIsMostlyMudOfGreySixtyThree()
    {
        var digit = TestDigits.Seven();

        foreach (var seed in Enumerable.Range(1, 5))
        {
            var spattered = new Spatter().Apply(digit, new Random(seed));

            // A mud mask m is 0 or at least 0.8: a pixel is kept, or becomes x·(1 - m) + 63·m for m in [0.8, 1].
            Assert.All(Enumerable.Range(0, 784), i =>
            {
                var low = Math.Min(63, (0.2 * digit[i]) + (0.8 * 63)) - 1;
                var high = Math.Max(63, (0.2 * digit[i]) + (0.8 * 63)) + 1;
                Assert.True(spattered[i] == digit[i] || (spattered[i] >= low && spattered[i] <= high), $"pixel {i}: {digit[i]} became {spattered[i]}");
            });
        }
    }

    [Fact]
    public void AnAllWetLiquidLayerCoversTheDigitInMud()
    {
        var digit = TestDigits.Unit(TestDigits.Seven());

        var spattered = MnistCorruption.ToBytes(Spatter.Over(digit, Enumerable.Repeat(1.0, 784).ToArray()));

        Assert.All(spattered, p => Assert.Equal(63, p));
    }

    [Fact]
    public void ALiquidLayerBelowTheThresholdLeavesTheDigitClean()
    {
        var digit = TestDigits.Seven();

        var spattered = MnistCorruption.ToBytes(Spatter.Over(TestDigits.Unit(digit), Enumerable.Repeat(0.6, 784).ToArray()));

        Assert.Equal(digit, spattered);
    }

    [Fact]
    public void SomeSeedsSpatterButMostOfTheInkStaysClean()
    {
        var digit = TestDigits.Seven();
        var ink = PixelMeasures.Indices(digit, p => p == 255).ToList();

        var pictures = Enumerable.Range(1, 10).Select(seed => new Spatter().Apply(digit, new Random(seed))).ToList();

        Assert.Contains(pictures, p => !p.SequenceEqual(digit));
        Assert.All(pictures, p => Assert.True(ink.Count(i => p[i] == 255) >= 0.5 * ink.Count));
    }
}
