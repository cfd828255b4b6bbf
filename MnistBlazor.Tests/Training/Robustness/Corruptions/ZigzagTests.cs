using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class ZigzagTests
{
    [Fact]
    public void AFlatZigzagHasTheReferencesCorners()
    {
        var corners = Zigzag.Corners(13, 13);

        // Teeth of half-period 2 and amplitude 2 from column 2, then the short last segment to d = 23 at 2 / (2·3) below.
        (double, double)[] expected = [(2, 13), (4, 15), (8, 11), (12, 15), (16, 11), (20, 15), (24, 11), (25, 13 - (1.0 / 3))];
        Assert.Equal(expected.Length, corners.Count);
        Assert.All(expected.Zip(corners), pair =>
        {
            Assert.Equal(pair.First.Item1, pair.Second.Column, precision: 9);
            Assert.Equal(pair.First.Item2, pair.Second.Row, precision: 9);
        });
    }

    [Fact]
    public void AFlatZigzagIsWhiteAtItsCornersAndDrawnOnlyFromColumnTwoToTwentyFour()
    {
        var zigzag = MnistCorruption.ToBytes(Zigzag.Draw(TestDigits.Unit(TestDigits.Blank()), 13, 13));

        Assert.Equal(255, PixelMeasures.At(zigzag, 15, 4));
        Assert.Equal(255, PixelMeasures.At(zigzag, 11, 8));
        Assert.Equal(255, PixelMeasures.At(zigzag, 15, 12));
        Assert.Equal(255, PixelMeasures.At(zigzag, 11, 24));
        Assert.Equal(Enumerable.Range(2, 23), PixelMeasures.Columns(PixelMeasures.Indices(zigzag, p => p > 0)));
    }

    [Fact]
    public void TheDigitIsNeverDarkenedOnlyDrawnOver()
    {
        var digit = TestDigits.Seven();

        foreach (var seed in Enumerable.Range(1, 5))
        {
            var zigzag = new Zigzag().Apply(digit, new Random(seed));

            Assert.All(Enumerable.Range(0, 784), i => Assert.True(zigzag[i] >= digit[i]));
            Assert.True(PixelMeasures.Mass(zigzag) > PixelMeasures.Mass(digit));
        }
    }
}
