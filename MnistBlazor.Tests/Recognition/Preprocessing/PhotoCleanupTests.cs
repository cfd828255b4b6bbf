using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Photos and scans: uneven light, noise, specks and stray marks.</summary>
public sealed class PhotoCleanupTests
{
    private const int Side = 280;

    private readonly DigitPreprocessor preprocessor = new();

    [Fact]
    public void ShadowedPhotoYieldsCleanInk()
    {
        var coverage = DigitSketch.Two.Render(Side, Side, left: 80, top: 60, boxWidth: 120, boxHeight: 160, radius: 6);
        var expected = preprocessor.Process(TestImages.Png(Side, Side, coverage, (c, _, _) => TestImages.Grey(255f * c)));
        var random = new Random(7);

        // Paper lit from the left: 250 down to 90 across; the ink is only 40 levels darker than the paper around it,
        // so on the right the paper is darker than the ink on the left and no global threshold can work.
        var photo = TestImages.Png(Side, Side, coverage, (c, x, _) =>
            TestImages.Grey(250f - (160f * x / (Side - 1)) - (40f * c) + TestImages.Gaussianish(random, 6f)));

        var result = preprocessor.Process(photo);

        Assert.False(result.IsBlank);
        Assert.True(result.Diagnostics.PhotoCleanupApplied);
        Assert.Equal(InkPolarity.DarkInkOnLight, result.Diagnostics.Polarity);
        var pixels = result.Digit.Pixels.Span;
        var target = expected.Digit!.Pixels.Span;
        for (var i = 0; i < pixels.Length; i++)
        {
            if (NothingNear(target, i))
            {
                Assert.True(pixels[i] < 0.1f, $"background pixel {i % 28},{i / 28} is {pixels[i]}");
            }
        }

        Assert.True(OutputMeasure.Overlap(pixels, target, 0.3f) > 0.8);
    }

    [Fact]
    public void PaperHeldOverADeskIsReadWithoutItsEdges()
    {
        // A webcam frame: textured dark desk around a sheet of paper lit by a lamp from the upper left.
        const int width = 640, height = 480;
        var coverage = DigitSketch.Two.Render(width, height, left: 250, top: 120, boxWidth: 140, boxHeight: 230, radius: 9);
        var random = new Random(1);
        var frame = TestImages.Png(width, height, coverage, (c, x, y) =>
        {
            if (x < 120 || x >= 520 || y < 60 || y >= 440)
            {
                return TestImages.Grey(70f + (20f * MathF.Sin(x / 9f)) + TestImages.Gaussianish(random, 8f));
            }

            float dx = x - 200f, dy = y - 150f;
            var lamp = 60f * MathF.Exp(-((dx * dx) + (dy * dy)) / (2f * 150f * 150f));
            return TestImages.Grey(180f + lamp - (110f * c) + TestImages.Gaussianish(random, 5f));
        });

        var result = preprocessor.Process(frame);

        Assert.False(result.IsBlank);
        Assert.Equal(1, result.Diagnostics.ComponentsKept);
        var bounds = result.Diagnostics.SourceInkBounds!.Value;
        var (left, top, right, bottom) = OutputMeasure.Bounds(coverage, width);
        Assert.InRange(bounds.X, left - 6, left + 6);
        Assert.InRange(bounds.Y, top - 6, top + 6);
        Assert.InRange(bounds.X + bounds.Width - 1, right - 6, right + 6);
        Assert.InRange(bounds.Y + bounds.Height - 1, bottom - 6, bottom + 6);
    }

    [Fact]
    public void SpecksAndDistantMarksAreNotPartOfTheDigit()
    {
        var digit = DigitSketch.Seven.Render(Side, Side, left: 80, top: 70, boxWidth: 90, boxHeight: 140, radius: 7);
        var specks = Dots(Side, (20, 20, 2f), (250, 40, 2.5f), (30, 250, 2f), (240, 255, 3f), (140, 250, 1.5f));
        var stroke = DigitSketch.One.Render(Side, Side, left: 265, top: 150, boxWidth: 0, boxHeight: 40, radius: 3);
        var combined = digit.Zip(specks, MathF.Max).Zip(stroke, MathF.Max).ToArray();

        var clean = preprocessor.Process(TestImages.Png(Side, Side, digit, (c, _, _) => TestImages.Grey(255f * c)));
        var result = preprocessor.Process(TestImages.Png(Side, Side, combined, (c, _, _) => TestImages.Grey(255f * c)));

        Assert.False(result.IsBlank);
        Assert.Equal(clean.Diagnostics.SourceInkBounds, result.Diagnostics.SourceInkBounds);
        Assert.Equal(1, result.Diagnostics.ComponentsKept);
        Assert.True(OutputMeasure.MeanAbsoluteDifference(result.Digit.Pixels.Span, clean.Digit!.Pixels.Span) < 0.001);
    }

    [Fact]
    public void FiveWithALiftedBarKeepsBothParts()
    {
        var coverage = DigitSketch.DetachedFive.Render(Side, Side, left: 90, top: 60, boxWidth: 100, boxHeight: 150, radius: 6);

        var result = preprocessor.Process(TestImages.Png(Side, Side, coverage, (c, _, _) => TestImages.Grey(255f * c)));

        Assert.False(result.IsBlank);
        Assert.Equal(2, result.Diagnostics.ComponentsKept);
        var bounds = result.Diagnostics.SourceInkBounds!.Value;
        Assert.InRange(bounds.Y, 56, 59); // the bar's top (about 58), not the body's (about 84)
    }

    [Fact]
    public void LargePhotoIsAnalysedSmallerButReportedInSourcePixels()
    {
        const int width = 1600, height = 1200;
        var coverage = DigitSketch.Four.Render(width, height, left: 600, top: 300, boxWidth: 400, boxHeight: 600, radius: 25);
        var random = new Random(3);
        var photo = TestImages.Png(width, height, coverage, (c, x, y) =>
            TestImages.Grey(230f - (100f * y / height) - (90f * c) + TestImages.Gaussianish(random, 8f)));

        var result = preprocessor.Process(photo);

        Assert.False(result.IsBlank);
        Assert.True(result.Diagnostics.PhotoCleanupApplied);
        Assert.Equal((width, height), (result.Diagnostics.SourceWidth, result.Diagnostics.SourceHeight));
        var bounds = result.Diagnostics.SourceInkBounds!.Value;
        var (left, top, right, bottom) = OutputMeasure.Bounds(coverage, width);
        Assert.InRange(bounds.X, left - 16, left + 16);
        Assert.InRange(bounds.Y, top - 16, top + 16);
        Assert.InRange(bounds.X + bounds.Width, right - 16, right + 16);
        Assert.InRange(bounds.Y + bounds.Height, bottom - 16, bottom + 16);
    }

    private static float[] Dots(int side, params (int X, int Y, float Radius)[] dots)
    {
        var coverage = new float[side * side];
        foreach (var (cx, cy, radius) in dots)
        {
            for (var y = 0; y < side; y++)
            {
                for (var x = 0; x < side; x++)
                {
                    var distance = MathF.Sqrt(((x + 0.5f - cx) * (x + 0.5f - cx)) + ((y + 0.5f - cy) * (y + 0.5f - cy)));
                    coverage[(y * side) + x] = MathF.Max(coverage[(y * side) + x], Math.Clamp(radius + 0.5f - distance, 0f, 1f));
                }
            }
        }

        return coverage;
    }

    /// <summary>True when the expected digit has no ink at or next to pixel <paramref name="index"/>.</summary>
    private static bool NothingNear(ReadOnlySpan<float> expected, int index)
    {
        int x = index % 28, y = index / 28;
        for (var ny = Math.Max(0, y - 1); ny <= Math.Min(27, y + 1); ny++)
        {
            for (var nx = Math.Max(0, x - 1); nx <= Math.Min(27, x + 1); nx++)
            {
                if (expected[(ny * 28) + nx] > 0f)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
