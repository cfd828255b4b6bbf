using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp.Formats.Bmp;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>An uncompressed BMP cut off in its pixel rows: ImageSharp alone repeats the last whole row.</summary>
public sealed class BmpIntegrityTests
{
    private const int Side = 140;

    private static readonly float[] Seven = DigitSketch.Seven.Render(Side, Side, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5);

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(BmpBitsPerPixel.Pixel8)]
    [InlineData(BmpBitsPerPixel.Pixel24)]
    [InlineData(BmpBitsPerPixel.Pixel32)]
    public void BmpMissingItsLastBytesIsRejectedAsTruncated(BmpBitsPerPixel bitsPerPixel)
    {
        var bmp = Encode(bitsPerPixel);

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(bmp.AsSpan(0, bmp.Length - 1)));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
        Assert.EndsWith("bytes its header declares.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BmpBitsPerPixel.Pixel8)]
    [InlineData(BmpBitsPerPixel.Pixel24)]
    [InlineData(BmpBitsPerPixel.Pixel32)]
    public void AWholeBmpIsAccepted(BmpBitsPerPixel bitsPerPixel)
    {
        var result = preprocessor.Process(Encode(bitsPerPixel));

        Assert.False(result.IsBlank);
    }

    private static byte[] Encode(BmpBitsPerPixel bitsPerPixel)
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, Seven);
        return TestImages.Encode(image, new BmpEncoder { BitsPerPixel = bitsPerPixel });
    }
}
