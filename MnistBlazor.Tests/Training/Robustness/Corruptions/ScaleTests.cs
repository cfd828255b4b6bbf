using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class ScaleTests
{
    [Fact]
    public void ABlockMovesToSevenTenthsOfItsDistanceFromTheCentre()
    {
        var block = TestDigits.Square(5, 22, 3);

        var scaled = new Scale().Apply(block, new Random(1));

        // The block's centre (row 6, column 23) is (-7.5, 9.5) from the centre 13.5.
        var centroid = PixelMeasures.Centroid(scaled);
        Assert.Equal(13.5 + (0.7 * -7.5), centroid.Row, tolerance: 0.3);
        Assert.Equal(13.5 + (0.7 * 9.5), centroid.Column, tolerance: 0.3);
    }

    [Fact]
    public void TheDigitShrinksToHalfItsInkAsItsAreaDoes()
    {
        var digit = TestDigits.Seven();

        var scaled = new Scale().Apply(digit, new Random(1));

        Assert.Equal(0.49 * PixelMeasures.Mass(digit), PixelMeasures.Mass(scaled), tolerance: 0.06 * PixelMeasures.Mass(digit));
    }

    [Fact]
    public void TheCentrePixelsStayPut()
    {
        var block = TestDigits.Square(13, 13, 2);

        var scaled = new Scale().Apply(block, new Random(1));

        var centroid = PixelMeasures.Centroid(scaled);
        Assert.Equal(13.5, centroid.Row, precision: 6);
        Assert.Equal(13.5, centroid.Column, precision: 6);
    }
}
