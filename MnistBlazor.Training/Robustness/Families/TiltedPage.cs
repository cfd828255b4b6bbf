using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A page photographed at a slant: the writing is foreshortened in perspective, its far side narrower.</summary>
internal static class TiltedPage
{
    public const string Name = "tilted-page";

    // The far side of the writing shrinks to 60-80%: a phone held 20-35 degrees off square, as people hold it.
    public const float MostFarSideKept = 0.8f;
    public const float LeastFarSideKept = 0.6f;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var ink = InkMask.Enlarged(digit, random);
        var farSide = (TaperSide)random.Next(4);
        var corner = (TaperCorner)random.Next(3);
        var kept = random.Between(LeastFarSideKept, MostFarSideKept);
        var frame = new Rectangle(0, 0, ink.Width, ink.Height);
        var warp = new ProjectiveTransformBuilder().AppendTaper(farSide, corner, kept).BuildMatrix(frame);
        // The ink is warped, not the paper: the page fills the photo, as when the digit is photographed up close.
        ink.Mutate(x => x.Transform(frame, warp, ink.Size(), KnownResamplers.Bicubic));
        using var photo = PaperPhoto.Lay(ink, PaperPhoto.BlackInk, PaperPhoto.WhitePaper);
        return PaperPhoto.Png(photo);
    }
}
