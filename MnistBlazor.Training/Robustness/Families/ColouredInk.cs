using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit in a coloured pen on white or off-white paper; the pen's colour varies a little from pen to pen.</summary>
internal static class ColouredInk
{
    // Paper is white to cream: its brightness and a yellowish tint (less blue) drawn per photo.
    public const int DarkestPaper = 230;
    public const int LargestCreamTint = 18;

    // Pens of one colour differ and photos shift them: each channel of the ink moves up to this much.
    public const int InkJitter = 20;

    public static byte[] Picture(byte[] digit, Random random, Rgb24 pen)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var ink = InkMask.Enlarged(digit, random);
        var colour = new Rgb24(Jitter(pen.R, random), Jitter(pen.G, random), Jitter(pen.B, random));
        var brightness = random.Next(DarkestPaper, 256);
        var tint = random.Next(0, LargestCreamTint + 1);
        var paper = new Rgb24((byte)brightness, (byte)brightness, (byte)Math.Max(0, brightness - tint));
        using var photo = PaperPhoto.Lay(ink, colour, paper);
        return PaperPhoto.Png(photo);
    }

    private static byte Jitter(byte channel, Random random) => (byte)Math.Clamp(channel + random.Next(-InkJitter, InkJitter + 1), 0, 255);
}
