using static MnistBlazor.Tests.Recognition.Calibration.Glyph;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Digits as a person draws them on the pad, two shapes for those commonly written two ways; the positives
/// besides MNIST's own test digits.</summary>
internal static class DigitGlyphs
{
    public static IReadOnlyList<(Glyph Glyph, int Digit)> All { get; } =
    [
        (new("0", [Arc(0.5f, 0.5f, 0.35f, 0.5f, -90, 270, 24)]), 0),
        (new("1", [Line(0.5f, 0, 0.5f, 1)]), 1),
        (new("1 with flag", [Line(0.4f, 0.12f, 0.55f, 0, 0.55f, 1)]), 1),
        (new("2", [Join(Arc(0.5f, 0.28f, 0.35f, 0.28f, 200, 370), Line(0.12f, 1, 0.9f, 1))]), 2),
        (new("3", [Join(Arc(0.48f, 0.25f, 0.32f, 0.25f, 210, 450), Arc(0.48f, 0.74f, 0.36f, 0.26f, -90, 150))]), 3),
        (new("4", [Line(0.7f, 1, 0.7f, 0, 0.05f, 0.68f, 0.95f, 0.68f)]), 4),
        (new("4 open", [Line(0.2f, 0, 0.12f, 0.6f, 0.9f, 0.6f), Line(0.7f, 0.25f, 0.7f, 1)]), 4),
        (new("5", [Line(0.85f, 0, 0.25f, 0, 0.2f, 0.45f), Join(Arc(0.5f, 0.68f, 0.35f, 0.3f, -130, 150))]), 5),
        (new("6", [Join(Line(0.72f, 0), Arc(0.8f, 0.7f, 0.62f, 0.7f, -100, -170, 6), Arc(0.5f, 0.72f, 0.3f, 0.28f, 180, 540, 20))]), 6),
        (new("7", [Line(0.08f, 0, 0.92f, 0, 0.4f, 1)]), 7),
        (new("7 crossed", [Line(0.08f, 0, 0.92f, 0, 0.4f, 1), Line(0.35f, 0.5f, 0.8f, 0.5f)]), 7),
        (new("8", [Join(Arc(0.5f, 0.25f, 0.28f, 0.25f, 90, -270, 20), Arc(0.5f, 0.74f, 0.33f, 0.26f, -90, 270, 20))]), 8),
        (new("9", [Join(Arc(0.48f, 0.28f, 0.3f, 0.28f, 0, 360, 20), Line(0.78f, 0.28f, 0.72f, 1))]), 9),
    ];
}
