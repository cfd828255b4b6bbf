using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class TiltedPageTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ASquareOfInkIsNoLongerARectangle(int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Block(), seed);
        var tilted = GreyPicture.Decode(TiltedPage.Picture(SyntheticDigit.Block(), new Random(seed)));

        Assert.True(Skew(plain) < 0.03, $"the plain square's opposite sides differ by {Skew(plain):P1}");
        Assert.True(Skew(tilted) > 0.07, $"the tilted square's opposite sides differ by only {Skew(tilted):P1}");
    }

    /// <summary>How much the ink's width near its top and bottom, or its height near its left and right, differ:
    /// none for a rectangle, the far side's shrinking for a perspective view of one.</summary>
    private static double Skew(GreyPicture picture)
    {
        var rows = Enumerable.Range(0, picture.Height).Where(picture.RowHasInk).ToList();
        var columns = Enumerable.Range(0, picture.Width).Where(picture.ColumnHasInk).ToList();
        int Width(int y) => Enumerable.Range(0, picture.Width).Count(x => picture[x, y] < GreyPicture.InkLevel);
        int Height(int x) => Enumerable.Range(0, picture.Height).Count(y => picture[x, y] < GreyPicture.InkLevel);

        return Math.Max(Difference(Width(Near(rows, 0.1)), Width(Near(rows, 0.9))), Difference(Height(Near(columns, 0.1)), Height(Near(columns, 0.9))));
    }

    private static int Near(List<int> inked, double fraction) => inked[(int)(fraction * (inked.Count - 1))];

    private static double Difference(int a, int b) => Math.Abs(a - b) / (double)Math.Max(a, b);
}
