using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class RotateTests
{
    [Fact]
    public void ADotTurnsAboutTheCentreToWhereTheInverseRotationTakesIt()
    {
        var dot = TestDigits.Dot(4, 14);

        var turned = MnistCorruption.ToBytes(Rotate.By(TestDigits.Unit(dot), Rotate.Angle));

        // The warp reads output q at R(c)(q - centre) + centre, so the dot lands at centre + R(-c)(p - centre).
        var expected = Expected(row: 4, column: 14, Rotate.Angle);
        var centroid = PixelMeasures.Centroid(turned);
        Assert.Equal(expected.Row, centroid.Row, tolerance: 0.3);
        Assert.Equal(expected.Column, centroid.Column, tolerance: 0.3);
    }

    [Fact]
    public void TheDirectionIsChosenAtRandomByTheSeed()
    {
        var dot = TestDigits.Dot(4, 14);
        var clockwise = Expected(4, 14, Rotate.Angle);
        var anticlockwise = Expected(4, 14, -Rotate.Angle);

        var landings = Enumerable.Range(1, 20).Select(seed => PixelMeasures.Centroid(new Rotate().Apply(dot, new Random(seed)))).ToList();

        bool Near((double Row, double Column) a, (double Row, double Column) b) => Math.Abs(a.Row - b.Row) < 0.3 && Math.Abs(a.Column - b.Column) < 0.3;
        Assert.All(landings, l => Assert.True(Near(l, clockwise) || Near(l, anticlockwise)));
        Assert.Contains(landings, l => Near(l, clockwise));
        Assert.Contains(landings, l => Near(l, anticlockwise));
    }

    [Fact]
    public void TheDigitsInkIsKeptWhenItStaysInTheFrame()
    {
        var digit = TestDigits.Seven();

        var turned = new Rotate().Apply(digit, new Random(2));

        Assert.Equal(PixelMeasures.Mass(digit), PixelMeasures.Mass(turned), tolerance: 0.05 * PixelMeasures.Mass(digit));
    }

    private static (double Row, double Column) Expected(int row, int column, double angle)
    {
        var (x, y) = (column - 13.5, row - 13.5);
        return (13.5 - (Math.Sin(angle) * x) + (Math.Cos(angle) * y), 13.5 + (Math.Cos(angle) * x) + (Math.Sin(angle) * y));
    }
}
