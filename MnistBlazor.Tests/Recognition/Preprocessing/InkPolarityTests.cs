using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

public sealed class InkPolarityTests
{
    private const int Side = 280;

    private static readonly float[] Coverage = DigitSketch.Seven.Render(Side, Side, left: 70, top: 50, boxWidth: 130, boxHeight: 180, radius: 8);

    private readonly DigitPreprocessor preprocessor = new();

    [Fact]
    public void LightStrokesOnDarkCanvasAreKept()
    {
        var result = preprocessor.Process(TestImages.Png(Side, Side, Coverage, (c, _, _) => TestImages.Grey(255f * c)));

        Assert.False(result.IsBlank);
        Assert.Equal(InkPolarity.LightInkOnDark, result.Diagnostics.Polarity);
        Assert.False(result.Diagnostics.PhotoCleanupApplied);
        Assert.Equal(0f, result.Digit[0, 0]);
        Assert.Equal(1f, result.Digit.Pixels.ToArray().Max(), 2);
    }

    [Fact]
    public void DarkInkOnLightPaperIsInverted()
    {
        var lightOnDark = preprocessor.Process(TestImages.Png(Side, Side, Coverage, (c, _, _) => TestImages.Grey(255f * c)));

        var result = preprocessor.Process(TestImages.Png(Side, Side, Coverage, (c, _, _) => TestImages.Grey(255f * (1f - c))));

        Assert.False(result.IsBlank);
        Assert.Equal(InkPolarity.DarkInkOnLight, result.Diagnostics.Polarity);
        var pixels = result.Digit.Pixels.ToArray();
        Assert.Equal(0f, pixels[0]); // corners are background
        Assert.Equal(1f, pixels.Max(), 2);
        Assert.True(pixels.Count(p => p == 0f) > 500, "most of the 28x28 must be black background");
        Assert.True(OutputMeasure.MeanAbsoluteDifference(pixels, lightOnDark.Digit!.Pixels.Span) < 0.01);
    }

    [Fact]
    public void GreyInkOnGreyPaperIsStretchedToFullStrength()
    {
        var result = preprocessor.Process(TestImages.Png(Side, Side, Coverage, (c, _, _) => TestImages.Grey(200f - (90f * c))));

        Assert.False(result.IsBlank);
        Assert.Equal(InkPolarity.DarkInkOnLight, result.Diagnostics.Polarity);
        Assert.Equal(1f, result.Digit.Pixels.ToArray().Max(), 2);
        Assert.Equal(0f, result.Digit[0, 27]);
    }
}
