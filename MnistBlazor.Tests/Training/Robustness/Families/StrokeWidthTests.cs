using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class StrokeWidthTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ThickStrokesCoverMoreThanThePlainEnlargement(int seed)
    {
        var digit = SyntheticDigit.Seven();

        var thick = GreyPicture.Decode(ThickStrokes.Picture(digit, new Random(seed))).InkArea();
        var plain = PlainPhoto.Of(digit, seed).InkArea();

        Assert.True(thick > 1.3 * plain, $"ink area {thick} against the plain enlargement's {plain}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ThinStrokesCoverLessThanThePlainEnlargementButStillSomething(int seed)
    {
        var digit = SyntheticDigit.Seven();

        var thin = GreyPicture.Decode(ThinStrokes.Picture(digit, new Random(seed))).InkArea();
        var plain = PlainPhoto.Of(digit, seed).InkArea();

        Assert.InRange(thin, plain / 3, (int)(0.85 * plain));
    }
}
