using OpenCvSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>Widens or narrows the strokes of the enlarged digit by a round pen of a radius measured in MNIST pixels,
/// so a thick marker and a fine pen change a digit alike whatever size it was photographed at.</summary>
internal static class StrokeWidth
{
    public static byte[] Picture(byte[] digit, Random random, float smallestRadius, float largestRadius, MorphTypes change)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var ink = InkMask.Enlarged(digit, random);
        var pixelsPerMnistPixel = ink.Width / (float)InkMask.MnistSide;
        var radius = Math.Max(1, (int)MathF.Round(random.Between(smallestRadius, largestRadius) * pixelsPerMnistPixel));
        using var mask = OpenCvPixels.ToMat(ink);
        using var pen = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size((2 * radius) + 1, (2 * radius) + 1));
        using var changed = new Mat();
        Cv2.MorphologyEx(mask, changed, change, pen);
        using var changedInk = OpenCvPixels.ToL8(changed);
        using var photo = PaperPhoto.Lay(changedInk, PaperPhoto.BlackInk, PaperPhoto.WhitePaper);
        return PaperPhoto.Png(photo);
    }
}
