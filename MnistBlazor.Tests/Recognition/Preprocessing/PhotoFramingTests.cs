using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Phone photos of paper: the crop must hold the digit, not the paper's shading around it.</summary>
public sealed class PhotoFramingTests
{
    private const int Width = 400;
    private const int Height = 300;

    private readonly DigitPreprocessor preprocessor = new();

    [Fact]
    public void VignettedPaperDoesNotWidenTheCropToTheFrame()
    {
        var coverage = DigitSketch.Seven.Render(Width, Height, left: 170, top: 100, boxWidth: 60, boxHeight: 100, radius: 2.5f);

        var result = preprocessor.Process(Photo(coverage, seed: 3, shadow: false));

        AssertCropHolds(result, left: 170, top: 100, right: 230, bottom: 200);
    }

    [Fact]
    public void BoldDigitOnShadedPaperIsReadAsDarkInk()
    {
        var coverage = DigitSketch.Four.Render(Width, Height, left: 150, top: 70, boxWidth: 100, boxHeight: 150, radius: 20f);

        var result = preprocessor.Process(Photo(coverage, seed: 4, shadow: true));

        Assert.Equal(InkPolarity.DarkInkOnLight, result.Diagnostics.Polarity);
        AssertCropHolds(result, left: 150, top: 70, right: 250, bottom: 220);
    }

    /// <summary>
    /// Dark ink on grainy paper lit from one side and darker towards the corners (a lens's vignette), with sensor
    /// noise: the grain is smooth over several pixels, as paper fibres and JPEG blocks are. The shadow is a soft dark
    /// patch over the lower left, like a hand holding the phone.
    /// </summary>
    private static byte[] Photo(float[] coverage, int seed, bool shadow)
    {
        var random = new Random(seed);
        const int GrainStep = 8;
        var grain = Enumerable.Range(0, ((Width / GrainStep) + 2) * ((Height / GrainStep) + 2))
            .Select(_ => TestImages.Gaussianish(random, 5f)).ToArray();
        return TestImages.Png(Width, Height, coverage, (c, x, y) =>
        {
            float u = ((float)x / Width) - 0.5f, v = ((float)y / Height) - 0.5f;
            var light = (1f - (0.4f * (u + 0.5f))) * (1f - (0.45f * ((u * u) + (v * v)) / 0.5f));
            if (shadow)
            {
                float sx = (x - 80f) / 160f, sy = (y - 300f) / 110f;
                light *= 1f - (0.4f * MathF.Exp(-((sx * sx) + (sy * sy))));
            }

            var paper = 235f + Grain(grain, x, y, GrainStep);
            return TestImages.Grey(((((1f - c) * paper) + (c * 30f)) * light) + TestImages.Gaussianish(random, 4f));
        });
    }

    /// <summary>Bilinear interpolation of a coarse grid of random levels.</summary>
    private static float Grain(float[] grid, int x, int y, int step)
    {
        var columns = (Width / step) + 2;
        float gx = (float)x / step, gy = (float)y / step;
        int left = (int)gx, top = (int)gy;
        float fx = gx - left, fy = gy - top;
        var upper = (grid[(top * columns) + left] * (1 - fx)) + (grid[(top * columns) + left + 1] * fx);
        var lower = (grid[((top + 1) * columns) + left] * (1 - fx)) + (grid[((top + 1) * columns) + left + 1] * fx);
        return (upper * (1 - fy)) + (lower * fy);
    }

    /// <summary>The crop is the stroke's box give or take its width and blur: nowhere near the frame.</summary>
    private static void AssertCropHolds(Preprocessed result, int left, int top, int right, int bottom)
    {
        Assert.False(result.IsBlank, result.BlankExplanation);
        var crop = result.Diagnostics.SourceInkBounds!.Value;
        const int Slack = 25;
        Assert.InRange(crop.X, left - Slack, left + Slack);
        Assert.InRange(crop.Y, top - Slack, top + Slack);
        Assert.InRange(crop.X + crop.Width, right - Slack, right + Slack);
        Assert.InRange(crop.Y + crop.Height, bottom - Slack, bottom + Slack);
    }
}
