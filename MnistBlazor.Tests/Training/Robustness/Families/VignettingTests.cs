using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class VignettingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheCornersAreDarkerThanThePaperAtTheCentre(int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Seven(), seed);
        var vignetted = GreyPicture.Decode(Vignetting.Picture(SyntheticDigit.Seven(), new Random(seed)));
        var side = plain.Width;
        var patch = side / 20;

        var corners = vignetted.Mean((x, y) => (x < patch || x >= side - patch) && (y < patch || y >= side - patch));
        var centre = vignetted.Mean((x, y) => Math.Abs(x - (side / 2)) < side / 6 && Math.Abs(y - (side / 2)) < side / 6 && plain[x, y] > 250);

        Assert.True(corners < centre - 60, $"corners {corners:F0}, paper at the centre {centre:F0}");
    }
}
