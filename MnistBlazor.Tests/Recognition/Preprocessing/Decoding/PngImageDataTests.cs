using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Preprocessing.Decoding;
using SixLabors.ImageSharp.Formats.Png;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>Image data that inflates to fewer bytes than the header declares, in a chunk list that is whole: ImageSharp
/// alone would answer with blank rows.</summary>
public sealed class PngImageDataTests
{
    private const int Side = 140;

    private static readonly float[] Seven = DigitSketch.Seven.Render(Side, Side, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5);

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(PngColorType.Grayscale, PngInterlaceMode.None)]
    [InlineData(PngColorType.Rgb, PngInterlaceMode.None)]
    [InlineData(PngColorType.RgbWithAlpha, PngInterlaceMode.None)]
    [InlineData(PngColorType.Palette, PngInterlaceMode.None)]
    [InlineData(PngColorType.Grayscale, PngInterlaceMode.Adam7)]
    [InlineData(PngColorType.RgbWithAlpha, PngInterlaceMode.Adam7)]
    public void ImageDataOneByteShortIsRejectedAsTruncated(PngColorType colourType, PngInterlaceMode interlace)
    {
        var png = Encode(colourType, interlace);
        var declared = 0;
        var shortened = PngChunks.WithImageData(png, rows => { declared = rows.Length; return rows[..^1]; });

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(shortened));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
        Assert.Equal($"The PNG is truncated: its image data holds {declared - 1} of the {declared} bytes its header declares.", error.Message);
    }

    [Fact]
    public void ImageDataCutToHalfInAPlainPngIsRejectedAsTruncated()
    {
        // A grey, non-interlaced PNG is read by PlainPng, which must stand aside for the refusal rather than read past.
        var shortened = PngChunks.WithImageData(Encode(PngColorType.Grayscale, PngInterlaceMode.None), rows => rows[..(rows.Length / 2)]);

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(shortened));

        Assert.True(PlainPngLayout.TryRead(shortened, out _));
        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    [Theory]
    [InlineData(PngColorType.Grayscale)]
    [InlineData(PngColorType.RgbWithAlpha)]
    public void ImageDataLongerThanDeclaredIsReadUpToTheDeclaredSize(PngColorType colourType)
    {
        var png = Encode(colourType, PngInterlaceMode.None);
        var lengthened = PngChunks.WithImageData(png, rows => [.. rows, .. new byte[1024 * 1024]]);

        var result = preprocessor.Process(lengthened);

        Assert.Equal(preprocessor.Process(png).Digit!.Pixels.ToArray(), result.Digit!.Pixels.ToArray());
    }

    [Theory]
    [InlineData(PngColorType.Grayscale)]
    [InlineData(PngColorType.RgbWithAlpha)]
    public void AnInterlacedPngGivesTheSameDigitAsAPlainOne(PngColorType colourType)
    {
        var plain = preprocessor.Process(Encode(colourType, PngInterlaceMode.None));

        var interlaced = preprocessor.Process(Encode(colourType, PngInterlaceMode.Adam7));

        Assert.Equal(plain.Digit!.Pixels.ToArray(), interlaced.Digit!.Pixels.ToArray());
    }

    [Fact]
    public void ImageDataThatIsNotADeflateStreamIsRejectedAsUndecodable()
    {
        var png = Encode(PngColorType.RgbWithAlpha, PngInterlaceMode.None);
        // Past the two-byte zlib header; the chunk's CRC is right, so only the inflater can tell.
        var damaged = PngChunks.WithCompressedImageData(png, compressed => [.. compressed[..2], .. Enumerable.Repeat((byte)0xFF, 64), .. compressed[66..]]);

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(damaged));

        Assert.Equal(ImageRejectionReason.Undecodable, error.Reason);
    }

    private static byte[] Encode(PngColorType colourType, PngInterlaceMode interlace)
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, Seven);
        return TestImages.Encode(image, new PngEncoder { ColorType = colourType, BitDepth = PngBitDepth.Bit8, InterlaceMethod = interlace });
    }
}
