using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class PencilTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheDarkestStrokesStayFaintOnLightPaper(int seed)
    {
        var digit = SyntheticDigit.Seven();
        var plain = PlainPhoto.Of(digit, seed);

        var pencil = GreyPicture.Decode(Pencil.Picture(digit, new Random(seed)));
        var paper = pencil.Mean((x, y) => plain[x, y] > 250);
        var darkest = pencil.Mean((x, y) => plain[x, y] < 5);

        Assert.True(paper >= 230, $"paper {paper:F0}");
        Assert.InRange(paper - darkest, 30, 150);
    }

    [Fact]
    public void TheStrokesAreGrainyNotEven()
    {
        var digit = SyntheticDigit.Seven();
        var plain = PlainPhoto.Of(digit, 1);

        var pencil = GreyPicture.Decode(Pencil.Picture(digit, new Random(1)));
        var inside = Enumerable.Range(0, plain.Height).SelectMany(y => Enumerable.Range(0, plain.Width).Where(x => plain[x, y] < 5).Select(x => pencil[x, y])).ToList();
        var mean = inside.Average();
        var spread = Math.Sqrt(inside.Average(v => (v - mean) * (v - mean)));

        Assert.True(spread > 10, $"brightness inside the strokes spreads by {spread:F1}");
    }
}
