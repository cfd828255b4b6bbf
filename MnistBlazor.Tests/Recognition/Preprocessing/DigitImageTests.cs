using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

public sealed class DigitImageTests
{
    [Fact]
    public void ToPngShowsWhatTheModelSees()
    {
        var coverage = DigitSketch.Two.Render(200, 200, left: 40, top: 30, boxWidth: 110, boxHeight: 140, radius: 7);
        var digit = new DigitPreprocessor().Process(TestImages.Png(200, 200, coverage, (c, _, _) => TestImages.Grey(255f * c))).Digit!;

        using var png = Image.Load<L8>(digit.ToPng());

        Assert.Equal((28, 28), (png.Width, png.Height));
        for (var y = 0; y < 28; y++)
        {
            for (var x = 0; x < 28; x++)
            {
                Assert.Equal((byte)MathF.Round(digit[x, y] * 255f), png[x, y].PackedValue);
            }
        }
    }

    [Fact]
    public void PixelsAreRowMajorWithXAcross()
    {
        var coverage = DigitSketch.One.Render(200, 200, left: 100, top: 20, boxWidth: 0, boxHeight: 160, radius: 4);
        var digit = new DigitPreprocessor().Process(TestImages.Png(200, 200, coverage, (c, _, _) => TestImages.Grey(255f * c))).Digit!;

        // A vertical stroke: column 14 (or 13) is inked from top to bottom of the 20 px box, row 14 only near the middle.
        var pixels = digit.Pixels.Span;
        Assert.Equal(pixels[(5 * 28) + 13], digit[13, 5]);
        var inkedInRow14 = Enumerable.Range(0, 28).Count(x => digit[x, 14] > 0.5f);
        var inkedInColumns = Enumerable.Range(0, 28).Count(y => MathF.Max(digit[13, y], digit[14, y]) > 0.5f);
        Assert.InRange(inkedInRow14, 1, 2);
        Assert.InRange(inkedInColumns, 18, 20);
    }
}
