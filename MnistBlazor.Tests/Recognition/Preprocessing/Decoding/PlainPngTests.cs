using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Preprocessing.Decoding;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>The plain-PNG reader must give exactly what the general (ImageSharp) path gives, or stand aside.</summary>
public sealed class PlainPngTests
{
    // Odd sizes: the working plane is shrunk by 2 with partial blocks at the right and bottom edges.
    private const int Width = 301;
    private const int Height = 203;

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(PngColorType.Grayscale, PngFilterMethod.None)]
    [InlineData(PngColorType.Grayscale, PngFilterMethod.Sub)]
    [InlineData(PngColorType.Grayscale, PngFilterMethod.Up)]
    [InlineData(PngColorType.Grayscale, PngFilterMethod.Average)]
    [InlineData(PngColorType.Grayscale, PngFilterMethod.Paeth)]
    [InlineData(PngColorType.Grayscale, PngFilterMethod.Adaptive)]
    [InlineData(PngColorType.Rgb, PngFilterMethod.None)]
    [InlineData(PngColorType.Rgb, PngFilterMethod.Sub)]
    [InlineData(PngColorType.Rgb, PngFilterMethod.Up)]
    [InlineData(PngColorType.Rgb, PngFilterMethod.Average)]
    [InlineData(PngColorType.Rgb, PngFilterMethod.Paeth)]
    [InlineData(PngColorType.Rgb, PngFilterMethod.Adaptive)]
    public void EveryFilterGivesExactlyWhatTheGeneralDecoderGives(PngColorType colourType, PngFilterMethod filter)
    {
        using var photo = InkOnTintedNoisyPaper();
        var png = TestImages.Encode(photo, new PngEncoder { ColorType = colourType, BitDepth = PngBitDepth.Bit8, FilterMethod = filter });
        using var decoded = Image.Load<Rgba32>(png);
        var general = preprocessor.Process(decoded);

        var plain = preprocessor.Process(png);

        Assert.True(PlainPngLayout.TryRead(png, out _));
        Assert.False(plain.IsBlank);
        Assert.Equal(general.Digit!.Pixels.ToArray(), plain.Digit.Pixels.ToArray());
        Assert.Equal(general.Diagnostics with { SourceFormat = "PNG" }, plain.Diagnostics);
    }

    [Fact]
    public void TransparencyIsLeftToTheGeneralDecoder()
    {
        using var photo = InkOnTintedNoisyPaper();
        var png = TestImages.Encode(photo, new PngEncoder { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8 });

        Assert.False(PlainPngLayout.TryRead(png, out _));
    }

    [Fact]
    public void ADamagedChunkIsLeftToTheGeneralDecoder()
    {
        using var photo = InkOnTintedNoisyPaper();
        var png = TestImages.Encode(photo, new PngEncoder { ColorType = PngColorType.Grayscale, BitDepth = PngBitDepth.Bit8 });
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        png[idat + 20] ^= 0x55;

        Assert.False(PlainPngLayout.TryRead(png, out _));
        Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png));
    }

    private static Image<Rgba32> InkOnTintedNoisyPaper()
    {
        var random = new Random(7);
        var seven = DigitSketch.Seven.Render(Width, Height, left: 90, top: 30, boxWidth: 100, boxHeight: 140, radius: 7);
        return TestImages.FromCoverage(Width, Height, seven, (coverage, x, _) =>
        {
            var paper = 200 + random.Next(-12, 13) - (x / 10);
            var level = paper - (coverage * (paper - 40));
            return new Rgba32((byte)level, (byte)Math.Clamp(level + 10, 0, 255), (byte)Math.Clamp(level - 15, 0, 255));
        });
    }
}
