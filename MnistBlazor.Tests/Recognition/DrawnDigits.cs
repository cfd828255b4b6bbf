using MnistBlazor.Tests.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition;

/// <summary>Encoded images like the drawing pad sends: white strokes on a black 280x280 canvas.</summary>
internal static class DrawnDigits
{
    public const int Side = 280;

    public static IReadOnlyList<(DigitSketch Sketch, int Digit)> Known { get; } =
    [
        (DigitSketch.One, 1), (DigitSketch.Two, 2), (DigitSketch.Four, 4), (DigitSketch.DetachedFive, 5), (DigitSketch.Seven, 7),
    ];

    public static byte[] Png(DigitSketch sketch, float radius = 11f)
    {
        var coverage = sketch.Render(Side, Side, left: 75, top: 40, boxWidth: 130, boxHeight: 200, radius);
        using var image = TestImages.WhiteOnBlack(Side, Side, coverage);
        return TestImages.Png(image);
    }

    public static byte[] BlankPng()
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, new float[Side * Side]);
        return TestImages.Png(image);
    }
}
