using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class ShearTests
{
    [Fact]
    public void ADotMovesWhereSkimagesShearMatrixSendsIt()
    {
        var dot = TestDigits.Dot(4, 14);

        var sheared = MnistCorruption.ToBytes(Shear.By(TestDigits.Unit(dot), Shear.Angle));

        // Inverse map [[1, -sin c], [0, cos c]] about the centre: the output row is y / cos c, the column x + sin c · that.
        var (x, y) = (14 - 13.5, 4 - 13.5);
        var row = y / Math.Cos(Shear.Angle);
        var column = x + (Math.Sin(Shear.Angle) * row);
        var centroid = PixelMeasures.Centroid(sheared);
        Assert.Equal(13.5 + row, centroid.Row, tolerance: 0.3);
        Assert.Equal(13.5 + column, centroid.Column, tolerance: 0.3);
    }

    [Fact]
    public void TheCentreRowStaysWhereItIsAndTheRowsAboveAndBelowSlideOppositeWays()
    {
        var sheared = MnistCorruption.ToBytes(Shear.By(TestDigits.Unit(TestDigits.Square(4, 4, 20)), Shear.Angle));

        var top = PixelMeasures.Centroid([.. sheared.Select((p, i) => i / 28 < 8 ? p : (byte)0)]);
        var bottom = PixelMeasures.Centroid([.. sheared.Select((p, i) => i / 28 > 19 ? p : (byte)0)]);
        Assert.True(top.Column < 13.5 - 1, $"the top slid to {top.Column:F2}");
        Assert.True(bottom.Column > 13.5 + 1, $"the bottom slid to {bottom.Column:F2}");
    }

    [Fact]
    public void TheDigitsInkIsKeptWhenItStaysInTheFrame()
    {
        var digit = TestDigits.Seven();

        var sheared = new Shear().Apply(digit, new Random(2));

        // The map's determinant is cos 0.4, so ink grows by 1 / cos 0.4 = 1.086.
        Assert.Equal(PixelMeasures.Mass(digit) / Math.Cos(Shear.Angle), PixelMeasures.Mass(sheared), tolerance: 0.05 * PixelMeasures.Mass(digit));
    }
}
