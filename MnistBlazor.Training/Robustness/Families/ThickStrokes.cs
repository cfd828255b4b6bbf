using OpenCvSharp;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit written with a marker or a felt pen: strokes much wider than MNIST's ballpoint-like ones.</summary>
internal static class ThickStrokes
{
    public const string Name = "thick-strokes";

    // MNIST strokes are 2-3 px wide; growing each side by 0.7-1.5 px makes them 1.5-2x as wide, as a marker does.
    public const float SmallestRadius = 0.7f;
    public const float LargestRadius = 1.5f;

    public static byte[] Picture(byte[] digit, Random random) =>
        StrokeWidth.Picture(digit, random, SmallestRadius, LargestRadius, MorphTypes.Dilate);
}
