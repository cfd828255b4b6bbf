using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class ShadowTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ASoftShadowMakesOneHalfOfThePaperDarkerThanTheOther(int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Seven(), seed);
        var shaded = GreyPicture.Decode(SoftShadow.Picture(SyntheticDigit.Seven(), new Random(seed)));
        var half = plain.Width / 2;

        var leftRight = shaded.Mean((x, y) => x < half && plain[x, y] > 250) - shaded.Mean((x, y) => x >= half && plain[x, y] > 250);
        var topBottom = shaded.Mean((x, y) => y < half && plain[x, y] > 250) - shaded.Mean((x, y) => y >= half && plain[x, y] > 250);

        Assert.True(Math.Max(Math.Abs(leftRight), Math.Abs(topBottom)) > 15, $"halves differ by {leftRight:F1} and {topBottom:F1}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ASoftShadowChangesThePaperSmoothly(int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Seven(), seed);
        var shaded = GreyPicture.Decode(SoftShadow.Picture(SyntheticDigit.Seven(), new Random(seed)));

        // Only paper the ink's edges do not touch, so any step is the shadow's own.
        var steepest = Enumerable.Range(0, plain.Height - 1).SelectMany(y => Enumerable.Range(0, plain.Width - 1)
            .Where(x => plain[x, y] > 254.5f && plain[x + 1, y] > 254.5f && plain[x, y + 1] > 254.5f)
            .Select(x => Math.Max(Math.Abs(shaded[x + 1, y] - shaded[x, y]), Math.Abs(shaded[x, y + 1] - shaded[x, y])))).Max();

        Assert.True(steepest < 2, $"the paper changes by {steepest:F1} between neighbours");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AHardShadowSplitsThePaperIntoLitAndShadedWithASharpEdge(int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Seven(), seed);
        var shaded = GreyPicture.Decode(HardShadow.Picture(SyntheticDigit.Seven(), new Random(seed)));
        var paper = Enumerable.Range(0, plain.Height).SelectMany(y => Enumerable.Range(0, plain.Width).Where(x => plain[x, y] > 250).Select(x => shaded[x, y])).ToList();

        var lit = paper.Count(v => v >= 245) / (double)paper.Count;
        var dark = paper.Count(v => v <= (255 * HardShadow.MostLightKept) + 3) / (double)paper.Count;

        Assert.InRange(lit, 0.1, 0.9);
        Assert.InRange(dark, 0.1, 0.9);
        Assert.True(1 - lit - dark < 0.05, $"{1 - lit - dark:P1} of the paper lies between lit and shaded");
    }
}
