using OpenCvSharp;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit written with a fine pen or a hard pencil: hairline strokes.</summary>
internal static class ThinStrokes
{
    public const string Name = "thin-strokes";

    // Thinning each side of a 2-3 px stroke by 0.3-0.6 px leaves a hairline but never erases the digit.
    public const float SmallestRadius = 0.3f;
    public const float LargestRadius = 0.6f;

    public static byte[] Picture(byte[] digit, Random random) =>
        StrokeWidth.Picture(digit, random, SmallestRadius, LargestRadius, MorphTypes.Erode);
}
