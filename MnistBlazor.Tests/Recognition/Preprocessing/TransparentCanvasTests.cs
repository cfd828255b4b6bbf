using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Canvas PNGs often have a transparent background; the strokes' colour may be white, black or anything.</summary>
public sealed class TransparentCanvasTests
{
    private const int Side = 280;

    private static readonly float[] Coverage = DigitSketch.Two.Render(Side, Side, left: 60, top: 40, boxWidth: 150, boxHeight: 200, radius: 9);

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(255)]
    [InlineData(0)]
    public void StrokesOnTransparencyUseAlphaAsInk(byte strokeLevel)
    {
        var opaque = preprocessor.Process(TestImages.Png(Side, Side, Coverage, (c, _, _) => TestImages.Grey(255f * c)));

        // Fully transparent pixels carry black RGB, as browsers export them; strokes keep their colour at partial alpha.
        var result = preprocessor.Process(TestImages.Png(
            Side, Side, Coverage, (c, _, _) => c > 0 ? new Rgba32(strokeLevel, strokeLevel, strokeLevel, (byte)MathF.Round(255f * c)) : default));

        Assert.False(result.IsBlank);
        Assert.Equal(InkPolarity.AlphaAsInk, result.Diagnostics.Polarity);
        Assert.True(OutputMeasure.MeanAbsoluteDifference(result.Digit.Pixels.Span, opaque.Digit!.Pixels.Span) < 0.01);
    }

    [Fact]
    public void ColourfulStrokesOnTransparencyAreFound()
    {
        var result = preprocessor.Process(TestImages.Png(
            Side, Side, Coverage, (c, x, _) => x < 140 ? new Rgba32(255, 230, 0, (byte)(255 * c)) : new Rgba32(20, 40, 200, (byte)(255 * c))));

        Assert.False(result.IsBlank);
        var (width, height) = OutputMeasure.InkBox(result.Digit.Pixels.Span);
        Assert.Equal(20, height);
        Assert.InRange(width, 14, 17); // the 2's 168x218 box keeps its aspect ratio: both colours were kept
    }

    [Fact]
    public void TransparentMarginsAroundAPictureBecomePaper()
    {
        var result = preprocessor.Process(TestImages.Png(
            Side, Side, Coverage, (c, x, y) => x < 30 || y < 30 || x >= 250 ? default : TestImages.Grey(240f - (200f * c))));

        Assert.False(result.IsBlank);
        Assert.Equal(InkPolarity.DarkInkOnLight, result.Diagnostics.Polarity);
        Assert.Equal(20, OutputMeasure.InkBox(result.Digit.Pixels.Span).Height);
    }

    [Fact]
    public void EmptyTransparentCanvasIsBlank()
    {
        var result = preprocessor.Process(TestImages.Png(Side, Side, new float[Side * Side], (_, _, _) => default));

        Assert.True(result.IsBlank);
        Assert.Equal(BlankReason.NoInk, result.BlankReason);
    }
}
