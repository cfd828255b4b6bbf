using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>A tap on the pad leaves a dot, not a stroke: scaled to 20 px it would look like a bold "0".</summary>
public sealed class DotTests
{
    private const int Side = 280;

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(15f)]
    [InlineData(22f)]
    [InlineData(30f)]
    public void TapOnThePadIsNoDigit(float diameter)
    {
        var result = preprocessor.Process(Canvas(Dots(diameter, (140f, 140f))));

        Assert.True(result.IsBlank);
        Assert.Equal(BlankReason.OnlyADot, result.BlankReason);
        Assert.StartsWith("No digit", result.BlankExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CoupleOfSmallDotsSideBySideAreNoDigit()
    {
        var result = preprocessor.Process(Canvas(Dots(14f, (130f, 140f), (148f, 140f))));

        Assert.True(result.IsBlank);
    }

    [Fact]
    public void PunctuationSizedDotIsNoDigit()
    {
        var result = preprocessor.Process(Canvas(Dots(6f, (100f, 180f))));

        Assert.True(result.IsBlank);
    }

    [Fact]
    public void ShortVerticalStrokeIsInk()
    {
        // A "1" whose centre line is 45 px long, drawn with the pad's 22 px brush: 67 px of ink, three widths.
        var coverage = DigitSketch.One.Render(Side, Side, left: 120, top: 110, boxWidth: 40, boxHeight: 45, radius: 11);

        var result = preprocessor.Process(Canvas(coverage));

        Assert.False(result.IsBlank, result.BlankExplanation);
    }

    [Fact]
    public void SmallDigitDrawnSmallIsInk()
    {
        var coverage = DigitSketch.Seven.Render(Side, Side, left: 200, top: 30, boxWidth: 26, boxHeight: 40, radius: 3);

        var result = preprocessor.Process(Canvas(coverage));

        Assert.False(result.IsBlank, result.BlankExplanation);
    }

    [Fact]
    public void SmallDigitDrawnWithABroadPenIsInk()
    {
        // The 4's loop fills in: one wide spot, while its strokes stay a few widths long.
        var coverage = DigitSketch.Four.Render(Side, Side, left: 40, top: 20, boxWidth: 36, boxHeight: 55, radius: 7);

        var result = preprocessor.Process(Canvas(coverage));

        Assert.False(result.IsBlank, result.BlankExplanation);
    }

    [Fact]
    public void DotBesideADigitStaysPartOfTheInk()
    {
        var digit = DigitSketch.One.Render(Side, Side, left: 120, top: 60, boxWidth: 40, boxHeight: 160, radius: 8);
        var dot = Dots(16f, (170f, 200f));

        var result = preprocessor.Process(Canvas(digit.Zip(dot, MathF.Max).ToArray()));

        Assert.False(result.IsBlank, result.BlankExplanation);
    }

    private static byte[] Canvas(float[] coverage)
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, coverage);
        return TestImages.Png(image);
    }

    /// <summary>Filled discs with one pixel of antialiasing, like a pen pressed once.</summary>
    private static float[] Dots(float diameter, params (float X, float Y)[] centres)
    {
        var coverage = new float[Side * Side];
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var nearest = centres.Min(c => MathF.Sqrt(MathF.Pow(x + 0.5f - c.X, 2) + MathF.Pow(y + 0.5f - c.Y, 2)));
                coverage[(y * Side) + x] = Math.Clamp((diameter / 2f) + 0.5f - nearest, 0f, 1f);
            }
        }

        return coverage;
    }
}
