using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Every accepted format, and animations (only their first frame counts).</summary>
public sealed class ImageFormatTests
{
    private const int Side = 140;

    private static readonly float[] Seven = DigitSketch.Seven.Render(Side, Side, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5);

    private static readonly float[] Four = DigitSketch.Four.Render(Side, Side, left: 30, top: 20, boxWidth: 80, boxHeight: 100, radius: 5);

    private readonly DigitPreprocessor preprocessor = new();

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
