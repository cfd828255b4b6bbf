using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit in red pen, as a teacher's marks are, on white or off-white paper.</summary>
internal static class RedInk
{
    public const string Name = "red-ink";

    // A red ballpoint photographed in daylight: bright red, a little towards crimson.
    public static readonly Rgb24 Pen = new(195, 35, 45);

    public static byte[] Picture(byte[] digit, Random random) => ColouredInk.Picture(digit, random, Pen);
}
