using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class MotionBlurTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheEdgesAreSofterThanThePlainEnlargements(int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Seven(), seed);
        var blurred = GreyPicture.Decode(MotionBlur.Picture(SyntheticDigit.Seven(), new Random(seed)));

        Assert.True(blurred.EdgeSteepness() < 0.85 * plain.EdgeSteepness(), $"steepest edges {blurred.EdgeSteepness():F0} against {plain.EdgeSteepness():F0}");
    }

    [Fact]
    public void ThePaperStaysPaperAtTheFrame()
    {
        var blurred = GreyPicture.Decode(MotionBlur.Picture(SyntheticDigit.Seven(), new Random(1)));

        Assert.True(blurred.Mean((x, y) => x == 0 || y == 0) > 250, "the blur smeared darkness in from beyond the frame");
    }
}
