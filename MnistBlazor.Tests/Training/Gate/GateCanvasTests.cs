using MnistBlazor.Training.Gate;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Training.Gate;

public sealed class GateCanvasTests
{
    [Fact]
    public void TypedCharacterLeavesInkOfOnePolarityOnAPlainBackground()
    {
        var font = GateFonts.Load(GateFonts.CalibrationFiles)[0];

        using var image = GateCanvas.Text("7", font, new Random(3));

        var levels = Levels(image);
        var background = levels.GroupBy(l => l).MaxBy(g => g.Count())!.Key;
        Assert.True(background is 0 or 255, $"background {background}");
        Assert.InRange(InkPixels(image), 50, GateCanvas.Side * GateCanvas.Side / 3);
    }

    [Fact]
    public void PenStrokesAreDrawnAsWideAsThePen()
    {
        using var line = new SkiaSharp.SKPath();
        line.MoveTo(0, 0.5f);
        line.LineTo(1, 0.5f);

        using var image = GateCanvas.Strokes(line, new Random(4));

        var ink = InkPixels(image);
        // A horizontal line 40-75% of 112 px long and 5-10% of 112 px wide.
        Assert.InRange(ink, 0.4 * GateCanvas.Side * 0.05 * GateCanvas.Side * 0.8, 0.75 * GateCanvas.Side * 0.1 * GateCanvas.Side * 1.3);
    }

    [Fact]
    public void TheSameSeedDrawsTheSameImage()
    {
        var font = GateFonts.Load(GateFonts.CalibrationFiles)[1];

        using var first = GateCanvas.Text("A", font, new Random(9));
        using var second = GateCanvas.Text("A", font, new Random(9));

        Assert.Equal(Levels(first), Levels(second));
    }

    /// <summary>Pixels far from the most common level (the background).</summary>
    internal static int InkPixels(SixLabors.ImageSharp.Image<L8> image)
    {
        var levels = Levels(image);
        var background = levels.GroupBy(l => l).MaxBy(g => g.Count())!.Key;
        return levels.Count(l => Math.Abs(l - background) > 128);
    }

    private static byte[] Levels(SixLabors.ImageSharp.Image<L8> image)
    {
        var levels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(levels);
        return levels;
    }
}
