using static MnistBlazor.Tests.Recognition.Calibration.Glyph;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Letters as a person prints them, for the negatives of the verdict calibration. Left out are letters that are
/// written exactly like a digit (O o D-less 0, I l i 1, Z z 2, S s 5, B 8, b 6, g q 9): no rule could or should call those
/// "not a digit".</summary>
internal static class LetterGlyphs
{
    public const string LeftOut = "OoIliZzSsBbgq";

    public static IReadOnlyList<Glyph> All { get; } =
    [
        new("A", [Line(0.1f, 1, 0.5f, 0, 0.9f, 1), Line(0.27f, 0.62f, 0.73f, 0.62f)]),
        new("C", [Arc(0.5f, 0.5f, 0.4f, 0.5f, -40, -320)]),
        new("D", [Line(0.15f, 0, 0.15f, 1), Join(Line(0.15f, 0), Arc(0.4f, 0.5f, 0.45f, 0.5f, -90, 90), Line(0.15f, 1))]),
        new("E", [Line(0.85f, 0, 0.15f, 0, 0.15f, 1, 0.85f, 1), Line(0.15f, 0.5f, 0.7f, 0.5f)]),
        new("F", [Line(0.85f, 0, 0.15f, 0, 0.15f, 1), Line(0.15f, 0.5f, 0.7f, 0.5f)]),
        new("G", [Join(Arc(0.5f, 0.5f, 0.4f, 0.5f, -40, -340), Line(0.88f, 0.55f, 0.55f, 0.55f))]),
        new("H", [Line(0.15f, 0, 0.15f, 1), Line(0.85f, 0, 0.85f, 1), Line(0.15f, 0.5f, 0.85f, 0.5f)]),
        new("J", [Line(0.3f, 0, 0.9f, 0), Join(Line(0.65f, 0, 0.65f, 0.75f), Arc(0.42f, 0.75f, 0.23f, 0.25f, 0, 170))]),
        new("K", [Line(0.15f, 0, 0.15f, 1), Line(0.85f, 0, 0.15f, 0.58f), Line(0.38f, 0.4f, 0.85f, 1)]),
        new("L", [Line(0.15f, 0, 0.15f, 1, 0.85f, 1)]),
        new("M", [Line(0.08f, 1, 0.15f, 0, 0.5f, 0.6f, 0.85f, 0, 0.92f, 1)]),
        new("N", [Line(0.15f, 1, 0.15f, 0, 0.85f, 1, 0.85f, 0)]),
        new("P", [Line(0.15f, 1, 0.15f, 0), Join(Line(0.15f, 0), Arc(0.55f, 0.25f, 0.3f, 0.25f, -90, 90), Line(0.15f, 0.5f))]),
        new("Q", [Arc(0.5f, 0.48f, 0.4f, 0.48f, 0, 360, 24), Line(0.58f, 0.72f, 0.95f, 1.05f)]),
        new("R", [Line(0.15f, 1, 0.15f, 0), Join(Line(0.15f, 0), Arc(0.55f, 0.25f, 0.3f, 0.25f, -90, 90), Line(0.15f, 0.5f)), Line(0.45f, 0.5f, 0.88f, 1)]),
        new("T", [Line(0.05f, 0, 0.95f, 0), Line(0.5f, 0, 0.5f, 1)]),
        new("U", [Join(Line(0.15f, 0, 0.15f, 0.65f), Arc(0.5f, 0.65f, 0.35f, 0.35f, 180, 0), Line(0.85f, 0))]),
        new("V", [Line(0.1f, 0, 0.5f, 1, 0.9f, 0)]),
        new("W", [Line(0.03f, 0, 0.25f, 1, 0.5f, 0.35f, 0.75f, 1, 0.97f, 0)]),
        new("X", [Line(0.1f, 0, 0.9f, 1), Line(0.9f, 0, 0.1f, 1)]),
        new("Y", [Line(0.1f, 0, 0.5f, 0.5f, 0.9f, 0), Line(0.5f, 0.5f, 0.5f, 1)]),
        new("a", [Arc(0.45f, 0.7f, 0.3f, 0.3f, -20, 340, 20), Line(0.78f, 0.4f, 0.8f, 1)]),
        new("c", [Arc(0.5f, 0.7f, 0.35f, 0.3f, -40, -320)]),
        new("d", [Arc(0.45f, 0.7f, 0.3f, 0.3f, 0, 360, 20), Line(0.78f, 0, 0.78f, 1)]),
        new("e", [Join(Line(0.2f, 0.7f, 0.8f, 0.7f), Arc(0.5f, 0.7f, 0.3f, 0.3f, 0, -300))]),
        new("f", [Line(0.8f, 0.05f, 0.6f, 0, 0.45f, 0.1f, 0.45f, 1), Line(0.2f, 0.4f, 0.75f, 0.4f)]),
        new("h", [Line(0.2f, 0, 0.2f, 1), Line(0.2f, 0.6f, 0.4f, 0.42f, 0.65f, 0.42f, 0.8f, 0.6f, 0.8f, 1)]),
        new("k", [Line(0.2f, 0, 0.2f, 1), Line(0.75f, 0.4f, 0.2f, 0.75f), Line(0.38f, 0.65f, 0.8f, 1)]),
        new("m", [Line(0.1f, 0.4f, 0.1f, 1), Line(0.1f, 0.55f, 0.25f, 0.42f, 0.4f, 0.45f, 0.5f, 0.6f, 0.5f, 1), Line(0.5f, 0.6f, 0.62f, 0.42f, 0.78f, 0.45f, 0.9f, 0.6f, 0.9f, 1)]),
        new("n", [Line(0.2f, 0.4f, 0.2f, 1), Line(0.2f, 0.55f, 0.4f, 0.42f, 0.65f, 0.42f, 0.8f, 0.6f, 0.8f, 1)]),
        new("p", [Line(0.2f, 0.4f, 0.2f, 1.4f), Arc(0.5f, 0.7f, 0.3f, 0.28f, 180, 540, 20)]),
        new("r", [Line(0.25f, 0.4f, 0.25f, 1), Line(0.25f, 0.62f, 0.45f, 0.43f, 0.75f, 0.42f)]),
        new("t", [Line(0.45f, 0.1f, 0.45f, 0.9f, 0.55f, 1, 0.75f, 0.95f), Line(0.2f, 0.4f, 0.75f, 0.4f)]),
        new("u", [Line(0.2f, 0.4f, 0.2f, 0.85f, 0.35f, 1, 0.6f, 1, 0.8f, 0.85f), Line(0.8f, 0.4f, 0.8f, 1)]),
        new("v", [Line(0.15f, 0.4f, 0.5f, 1, 0.85f, 0.4f)]),
        new("w", [Line(0.05f, 0.4f, 0.25f, 1, 0.5f, 0.55f, 0.75f, 1, 0.95f, 0.4f)]),
        new("x", [Line(0.15f, 0.4f, 0.85f, 1), Line(0.85f, 0.4f, 0.15f, 1)]),
        new("y", [Line(0.15f, 0.4f, 0.5f, 0.95f), Line(0.85f, 0.4f, 0.35f, 1.4f, 0.15f, 1.4f)]),
    ];
}
