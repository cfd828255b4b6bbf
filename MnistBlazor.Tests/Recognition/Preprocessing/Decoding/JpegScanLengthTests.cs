using System.Buffers.Binary;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>A JPEG whose frame header declares more blocks than its scans can hold: ImageSharp alone fills the rest grey.</summary>
public sealed class JpegScanLengthTests
{
    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(JpegColorType.Luminance)]
    [InlineData(JpegColorType.YCbCrRatio420)]
    [InlineData(JpegColorType.YCbCrRatio444)]
    public void A280SquareJpegWhoseHeaderClaims4096SquareIsRejectedAsTruncated(JpegColorType colourType)
    {
        var jpeg = Encode(Digit(280, 280), colourType);
        var frame = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), 4096); // height
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 7), 4096); // width

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(jpeg));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
        Assert.StartsWith("The JPEG is truncated: its header declares 4096x4096 pixels, but a scan holds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JpegColorType.Luminance, 280, 280)]
    [InlineData(JpegColorType.YCbCrRatio420, 280, 280)]
    [InlineData(JpegColorType.YCbCrRatio444, 280, 280)]
    [InlineData(JpegColorType.YCbCrRatio422, 301, 203)]
    [InlineData(JpegColorType.YCbCrRatio411, 301, 203)]
    [InlineData(JpegColorType.YCbCrRatio420, 301, 203)]
    [InlineData(JpegColorType.Rgb, 301, 203)]
    public void JpegsAsImageSharpWritesThemAreAccepted(JpegColorType colourType, int width, int height)
    {
        var result = preprocessor.Process(Encode(Digit(width, height), colourType));

        Assert.False(result.IsBlank);
    }

    [Theory]
    [InlineData(JpegColorType.Luminance)]
    [InlineData(JpegColorType.YCbCrRatio420)]
    public void AFlatJpegWhoseBlocksAreAllCodedInTheFewestBitsIsAccepted(JpegColorType colourType)
    {
        // Each block is one DC code and an end-of-block code: the closest a whole file comes to the bound.
        using var flat = new Image<Rgba32>(1021, 1019, new Rgba32(0, 0, 0));

        var result = preprocessor.Process(Encode(flat, colourType));

        Assert.True(result.IsBlank);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 3)]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    public void RestartIntervalsAndProgressiveScansThatHoldEveryBlockAreAccepted(bool progressive, int components)
    {
        var jpeg = Flat(progressive, components, height: 203);

        var result = preprocessor.Process(jpeg);

        Assert.True(result.IsBlank);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 3)]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    public void RestartIntervalsAndProgressiveScansOneBlockRowShortAreRejectedAsTruncated(bool progressive, int components)
    {
        // The data of a 203-row image under a header that claims 16 rows more: one more row of MCUs at 2x2 sampling.
        var jpeg = Flat(progressive, components, height: 203);
        var frame = jpeg.AsSpan().IndexOf([(byte)0xFF, progressive ? (byte)0xC2 : (byte)0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), 219);

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(jpeg));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    private static byte[] Flat(bool progressive, int components, int height)
    {
        (int H, int V)[] sampling = components == 1 ? [(1, 1)] : [(2, 2), (1, 1), (1, 1)];
        return progressive
            ? FlatJpegWriter.Progressive(301, height, sampling)
            : FlatJpegWriter.Sequential(301, height, sampling, restartInterval: 5);
    }

    private static Image<Rgba32> Digit(int width, int height) =>
        TestImages.WhiteOnBlack(width, height, DigitSketch.Seven.Render(width, height, left: width / 4, top: height / 8, boxWidth: width / 2, boxHeight: height * 3 / 4, radius: 8));

    private static byte[] Encode(Image image, JpegColorType colourType) =>
        TestImages.Encode(image, new JpegEncoder { Quality = 90, ColorType = colourType });
}
