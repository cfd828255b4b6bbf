using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Inputs without a digit must say so instead of producing a 28x28 image to guess on.</summary>
public sealed class BlankInputTests
{
    private const int Side = 280;

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(255)]
    [InlineData(0)]
    [InlineData(128)]
    public void PlainImageIsNoDigit(byte level)
    {
        var result = preprocessor.Process(TestImages.Png(Side, Side, new float[Side * Side], (_, _, _) => TestImages.Grey(level)));

        AssertBlank(result, BlankReason.NoInk);
    }

    [Fact]
    public void FewSpecksAreNoDigit()
    {
        var random = new Random(11);
        var specks = Enumerable.Range(0, 5).Select(_ => (X: random.Next(20, 260), Y: random.Next(20, 260))).ToArray();
        var png = TestImages.Png(Side, Side, new float[Side * Side], (_, x, y) =>
            TestImages.Grey(specks.Any(s => Math.Abs(s.X - x) <= 1 && Math.Abs(s.Y - y) <= 1) ? 0f : 255f));

        var result = preprocessor.Process(png);

        AssertBlank(result, BlankReason.OnlySpecks);
    }

    [Fact]
    public void UniformNoiseIsNoDigit()
    {
        var random = new Random(5);
        var png = TestImages.Png(Side, Side, new float[Side * Side], (_, _, _) => TestImages.Grey(random.Next(256)));

        var result = preprocessor.Process(png);

        Assert.True(result.IsBlank);
        Assert.Null(result.Digit);
    }

    [Fact]
    public void EmptyPaperUnderUnevenLightIsNoDigit()
    {
        var random = new Random(9);
        var png = TestImages.Png(Side, Side, new float[Side * Side], (_, x, y) =>
            TestImages.Grey(240f - (120f * x * y / (Side * Side)) + TestImages.Gaussianish(random, 5f)));

        var result = preprocessor.Process(png);

        Assert.True(result.IsBlank);
        Assert.True(result.Diagnostics.PhotoCleanupApplied);
    }

    [Fact]
    public void FaintTraceIsNoDigit()
    {
        var coverage = DigitSketch.Seven.Render(Side, Side, left: 70, top: 50, boxWidth: 130, boxHeight: 180, radius: 8);

        var result = preprocessor.Process(TestImages.Png(Side, Side, coverage, (c, _, _) => TestImages.Grey(240f - (18f * c))));

        AssertBlank(result, BlankReason.TooFaint);
    }

    private static void AssertBlank(Preprocessed result, BlankReason reason)
    {
        Assert.True(result.IsBlank);
        Assert.Null(result.Digit);
        Assert.Equal(reason, result.BlankReason);
        Assert.StartsWith("No digit", result.BlankExplanation, StringComparison.Ordinal);
        Assert.Null(result.Diagnostics.SourceInkBounds);
    }
}
