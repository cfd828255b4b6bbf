using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit in blue ballpoint, the commonest pen, on white or off-white paper.</summary>
internal static class BlueInk
{
    public const string Name = "blue-ink";

    // A blue ballpoint photographed in daylight: a deep, slightly violet blue.
    public static readonly Rgb24 Pen = new(35, 55, 150);

    public static byte[] Picture(byte[] digit, Random random) => ColouredInk.Picture(digit, random, Pen);
}
