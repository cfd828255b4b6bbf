using MnistBlazor.Training.Robustness.Families;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class JpegQualityTests
{
    [Fact]
    public void ThePictureIsAJpeg()
    {
        var picture = JpegQuality.Picture(SyntheticDigit.Seven(), new Random(1));

        Assert.IsType<JpegFormat>(Image.DetectFormat(picture));
    }

    [Fact]
    public void AQuality30EncodeIsSmallerThanAQuality90One()
    {
        using var photo = PaperPhoto.Plain(SyntheticDigit.Seven(), new Random(1));

        Assert.True(PaperPhoto.Jpeg(photo, 30).Length < PaperPhoto.Jpeg(photo, 90).Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ThePictureIsSmallerThanTheSamePhotoAtQuality90(int seed)
    {
        using var photo = PaperPhoto.Plain(SyntheticDigit.Seven(), new Random(seed));

        Assert.True(JpegQuality.Picture(SyntheticDigit.Seven(), new Random(seed)).Length < PaperPhoto.Jpeg(photo, 90).Length);
    }
}
