using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class DottedLineTests
{
    [Fact]
    public void OnABlankImageOnlyTheDashColumnsLightUp()
    {
        var dotted = MnistCorruption.ToBytes(DottedLine.Draw(TestDigits.Unit(TestDigits.Blank()), 5, 20));

        var lit = PixelMeasures.Columns(PixelMeasures.Indices(dotted, p => p > 0));
        Assert.Equal([2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26], lit);
    }

    [Fact]
    public void TheLineIsWhiteOnItsRowAndFadesByTheReferencesLogarithmicDecay()
    {
        // From row 0 at column 0 to row 27 at column 27: the line is the diagonal.
        var dotted = MnistCorruption.ToBytes(DottedLine.Draw(TestDigits.Unit(TestDigits.Blank()), 0, 27));

        var oneAway = Math.Round(255 * (Math.Log(1 - (1 / 2.3)) + 1));
        foreach (var c in new[] { 2, 3, 6, 7, 22, 23 })
        {
            Assert.Equal(255, PixelMeasures.At(dotted, c, c));
            Assert.Equal(oneAway, PixelMeasures.At(dotted, c - 1, c));
            Assert.Equal(oneAway, PixelMeasures.At(dotted, c + 1, c));
            Assert.Equal(0, PixelMeasures.At(dotted, c + 2, c));
        }
    }

    [Fact]
    public void TheDigitIsNeverDarkenedOnlyDrawnOver()
    {
        var digit = TestDigits.Seven();

        foreach (var seed in Enumerable.Range(1, 5))
        {
            var dotted = new DottedLine().Apply(digit, new Random(seed));

            Assert.All(Enumerable.Range(0, 784), i => Assert.True(dotted[i] >= digit[i]));
            Assert.True(PixelMeasures.Mass(dotted) > PixelMeasures.Mass(digit));
        }
    }
}
