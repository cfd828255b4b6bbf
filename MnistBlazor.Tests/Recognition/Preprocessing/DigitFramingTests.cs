using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>The MNIST recipe: crop to the ink, longer side 20 px, centre of mass on (14,14).</summary>
public sealed class DigitFramingTests
{
    private const int Canvas = 280;

    private readonly DigitPreprocessor preprocessor = new();

    [Fact]
    public void SmallOffCentreDigitEndsCentred()
    {
        var coverage = DigitSketch.Seven.Render(Canvas, Canvas, left: 20, top: 30, boxWidth: 40, boxHeight: 50, radius: 3);
        var png = TestImages.Png(Canvas, Canvas, coverage, (c, _, _) => TestImages.Grey(255f * c));

        var result = preprocessor.Process(png);

        Assert.False(result.IsBlank);
        var pixels = result.Digit.Pixels.Span;
        var (x, y) = OutputMeasure.CentreOfMass(pixels);
        Assert.InRange(x, 13.5, 14.5);
        Assert.InRange(y, 13.5, 14.5);
        var (width, height) = OutputMeasure.InkBox(pixels);
        Assert.Equal(20, Math.Max(width, height));
        Assert.InRange(width, 14, 18); // the 7's box is 46x56 with strokes: aspect ratio kept
    }

    [Fact]
    public void ThinOneKeepsItsAspectRatio()
    {
        var coverage = DigitSketch.One.Render(Canvas, Canvas, left: 200, top: 60, boxWidth: 0, boxHeight: 160, radius: 5);
        var png = TestImages.Png(Canvas, Canvas, coverage, (c, _, _) => TestImages.Grey(255f * c));

        var result = preprocessor.Process(png);

        Assert.False(result.IsBlank);
        var (width, height) = OutputMeasure.InkBox(result.Digit.Pixels.Span);
        Assert.Equal(20, height);
        Assert.InRange(width, 1, 3); // 11 px wide and 171 px tall in the source: 1.3 px at 20 px tall, plus edge blur
    }

    [Fact]
    public void InkBoundsAndCentreOfMassAreReported()
    {
        var coverage = DigitSketch.Four.Render(Canvas, Canvas, left: 150, top: 100, boxWidth: 80, boxHeight: 120, radius: 4);
        var png = TestImages.Png(Canvas, Canvas, coverage, (c, _, _) => TestImages.Grey(255f * c));
        var (expectedX, expectedY) = OutputMeasure.CentreOfMass(coverage, Canvas);

        var result = preprocessor.Process(png);

        Assert.False(result.IsBlank);
        // The analysis runs on 2x2 blocks of this canvas, so edges may round out to the block: up to 1 px.
        var bounds = result.Diagnostics.SourceInkBounds!.Value;
        var (left, top, right, bottom) = OutputMeasure.Bounds(coverage, Canvas);
        Assert.InRange(bounds.X, left - 1, left);
        Assert.InRange(bounds.Y, top - 1, top);
        Assert.InRange(bounds.X + bounds.Width - 1, right, right + 1);
        Assert.InRange(bounds.Y + bounds.Height - 1, bottom, bottom + 1);
        var source = result.Diagnostics.SourceCentreOfMass!.Value;
        Assert.InRange(source.X, expectedX - 1, expectedX + 1);
        Assert.InRange(source.Y, expectedY - 1, expectedY + 1);
        var (outputX, outputY) = OutputMeasure.CentreOfMass(result.Digit.Pixels.Span);
        var reported = result.Diagnostics.CentreOfMass!.Value;
        Assert.Equal(outputX, reported.X, 3);
        Assert.Equal(outputY, reported.Y, 3);
    }

    [Fact]
    public void CentredMnistLikeDigitPassesThroughNearlyUnchanged()
    {
        // Already MNIST-shaped: 28x28, 20 px tall, antialiased, centre of mass (13.76, 13.99).
        var coverage = DigitSketch.Two.Render(28, 28, left: 7f, top: 4.25f, boxWidth: 13f, boxHeight: 18.25f, radius: 1.2f);
        var png = TestImages.Png(28, 28, coverage, (c, _, _) => TestImages.Grey(255f * c));
        var asEncoded = coverage.Select(c => MathF.Round(c * 255f) / 255f).ToArray();

        var result = preprocessor.Process(png);

        Assert.False(result.IsBlank);
        var pixels = result.Digit.Pixels.Span;
        Assert.True(OutputMeasure.MeanAbsoluteDifference(pixels, asEncoded) < 0.002);
        for (var i = 0; i < pixels.Length; i++)
        {
            Assert.True(Math.Abs(pixels[i] - asEncoded[i]) < 0.02, $"pixel {i % 28},{i / 28}: {pixels[i]} vs {asEncoded[i]}");
        }
    }

    [Fact]
    public void CleanCanvasKeepsGradedStrokeEdges()
    {
        var coverage = DigitSketch.Two.Render(Canvas, Canvas, left: 60, top: 40, boxWidth: 150, boxHeight: 200, radius: 9);
        var png = TestImages.Png(Canvas, Canvas, coverage, (c, _, _) => TestImages.Grey(255f * c));

        var result = preprocessor.Process(png);

        Assert.False(result.IsBlank);
        var pixels = result.Digit.Pixels.ToArray();
        Assert.InRange(pixels.Max(), 0.95f, 1f);
        Assert.True(pixels.Count(p => p > 0.9f) >= 20, "stroke cores should be near full strength");
        Assert.True(pixels.Count(p => p is > 0.1f and < 0.9f) >= 20, "stroke edges should be antialiased, not binary");
    }
}
