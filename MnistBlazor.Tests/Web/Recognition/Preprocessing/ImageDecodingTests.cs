using Microsoft.Extensions.Options;
using MnistBlazor.Web.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Web.Recognition.Preprocessing;

/// <summary>Decoding limits and refusals: what the REST API maps to 400, 413 and 415.</summary>
public sealed class ImageDecodingTests
{
    private const int Side = 140;

    private static readonly float[] Seven = DigitSketch.Seven.Render(Side, Side, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5);

    private static readonly float[] Four = DigitSketch.Four.Render(Side, Side, left: 30, top: 20, boxWidth: 80, boxHeight: 100, radius: 5);

    private readonly DigitPreprocessor preprocessor = new();

    [Fact]
    public void ZeroBytesAreRejectedAsEmpty()
    {
        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(ReadOnlySpan<byte>.Empty));

        Assert.Equal(ImageRejectionReason.Empty, error.Reason);
        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RandomBytesAreRejectedAsUndecodable()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(bytes));

        Assert.Equal(ImageRejectionReason.Undecodable, error.Reason);
        Assert.Contains("PNG, JPEG, BMP, GIF or WebP", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void TruncatedPngIsRejectedAsTruncated(double keptShare)
    {
        var png = Encode(new PngEncoder());

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png.AsSpan(0, (int)(png.Length * keptShare))));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
        Assert.Contains("PNG is truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PngCutBeforeItsLastChunkIsRejectedAsTruncated()
    {
        // All pixel data is present, but the file stops before IEND: ImageSharp alone would decode it silently.
        var png = Encode(new PngEncoder());

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png.AsSpan(0, png.Length - 12)));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    [Fact]
    public void TruncatedJpegIsRejectedAsTruncated()
    {
        var jpeg = Encode(new JpegEncoder { Quality = 90 });

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(jpeg.AsSpan(0, jpeg.Length * 2 / 3)));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    [Fact]
    public void PngClaimingHugeSizeIsRejectedFromItsHeader()
    {
        // 20000x20000 RGBA would need 1.6 GB; the pixel data is garbage, so only a header check can say TooLarge.
        var png = PngChunks.Signature
            .Concat(PngChunks.Header(20000, 20000))
            .Concat(PngChunks.Chunk("IDAT", [1, 2, 3, 4]))
            .Concat(PngChunks.Chunk("IEND", []))
            .ToArray();

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png));

        Assert.Equal(ImageRejectionReason.TooLarge, error.Reason);
        Assert.Contains("20000x20000", error.Message, StringComparison.Ordinal);
        Assert.Contains("4096x4096", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheByteLimitIsRejectedAsTooLarge()
    {
        var small = new DigitPreprocessor(Options.Create(new DigitPreprocessorOptions { MaxEncodedBytes = 100 }));

        var error = Assert.Throws<ImageRejectedException>(() => small.Process(Encode(new PngEncoder())));

        Assert.Equal(ImageRejectionReason.TooLarge, error.Reason);
    }

    [Fact]
    public void TiffIsRejectedAsUnsupportedFormat()
    {
        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(Encode(new TiffEncoder())));

        Assert.Equal(ImageRejectionReason.UnsupportedFormat, error.Reason);
        Assert.StartsWith("TIFF images are not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeicIsRejectedAsUnsupportedFormat()
    {
        byte[] heic = [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]];

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(heic));

        Assert.Equal(ImageRejectionReason.UnsupportedFormat, error.Reason);
        Assert.StartsWith("HEIC/HEIF images are not supported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PNG")]
    [InlineData("JPEG")]
    [InlineData("BMP")]
    [InlineData("GIF")]
    [InlineData("WEBP")]
    public void EverySupportedFormatGivesTheSameDigit(string format)
    {
        var reference = preprocessor.Process(Encode(new PngEncoder()));
        IImageEncoder encoder = format switch
        {
            "PNG" => new PngEncoder(),
            "JPEG" => new JpegEncoder { Quality = 95 },
            "BMP" => new BmpEncoder(),
            "GIF" => new GifEncoder(),
            _ => new WebpEncoder(),
        };

        var result = preprocessor.Process(Encode(encoder));

        Assert.False(result.IsBlank);
        Assert.Equal(format, result.Diagnostics.SourceFormat);
        Assert.True(OutputMeasure.MeanAbsoluteDifference(result.Digit.Pixels.Span, reference.Digit!.Pixels.Span) < 0.03);
    }

    [Fact]
    public void AnimatedGifUsesItsFirstFrame()
    {
        using var animation = TestImages.WhiteOnBlack(Side, Side, Seven);
        using (var second = TestImages.WhiteOnBlack(Side, Side, Four))
        {
            animation.Frames.AddFrame(second.Frames.RootFrame);
        }

        var result = preprocessor.Process(TestImages.Encode(animation, new GifEncoder()));

        AssertIsTheSeven(result);
    }

    [Fact]
    public void AnimatedWebpUsesItsFirstFrame()
    {
        var lossless = new WebpEncoder { FileFormat = WebpFileFormatType.Lossless };
        var animation = AnimatedWebpBuilder.FromStills(Side, Side, Encode(lossless), Encode(lossless, Four));

        var result = preprocessor.Process(animation);

        AssertIsTheSeven(result);
        Assert.Equal("WEBP", result.Diagnostics.SourceFormat);
    }

    [Fact]
    public void AnimatedWebpWithTransparentLossyFramesUsesItsFirstFrame()
    {
        // Lossy frames carry transparency in a separate ALPH chunk.
        var lossy = new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = 95 };
        var first = TestImages.Png(Side, Side, Seven, (c, _, _) => new Rgba32(255, 255, 255, (byte)(255 * c)));
        var second = TestImages.Png(Side, Side, Four, (c, _, _) => new Rgba32(255, 255, 255, (byte)(255 * c)));
        var stills = new[] { first, second }.Select(png =>
        {
            using var image = Image.Load<Rgba32>(png);
            return TestImages.Encode(image, lossy);
        }).ToArray();
        Assert.Contains(AnimatedWebpBuilder.Chunks(stills[0]), chunk => chunk.Type == "ALPH");

        var result = preprocessor.Process(AnimatedWebpBuilder.FromStills(Side, Side, stills));

        AssertIsTheSeven(result);
        Assert.Equal(InkPolarity.AlphaAsInk, result.Diagnostics.Polarity);
    }

    private void AssertIsTheSeven(Preprocessed result)
    {
        var seven = preprocessor.Process(Encode(new PngEncoder()));
        var four = preprocessor.Process(Encode(new PngEncoder(), Four));
        Assert.False(result.IsBlank);
        var pixels = result.Digit.Pixels.Span;
        Assert.True(OutputMeasure.MeanAbsoluteDifference(pixels, seven.Digit!.Pixels.Span) < 0.03);
        Assert.True(OutputMeasure.MeanAbsoluteDifference(pixels, four.Digit!.Pixels.Span) > 0.1);
    }

    private static byte[] Encode(IImageEncoder encoder, float[]? coverage = null)
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, coverage ?? Seven);
        return TestImages.Encode(image, encoder);
    }
}
