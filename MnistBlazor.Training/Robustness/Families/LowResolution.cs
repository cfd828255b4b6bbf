using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit from a tiny thumbnail or a far-away shot blown up: the detail of 8 to 14 pixels, enlarged smoothly.</summary>
internal static class LowResolution
{
    public const string Name = "low-resolution";

    // Below 8 px a digit stops being legible to people too; above 14 px (half MNIST) little detail is lost.
    public const int SmallestReduction = 8;
    public const int LargestReduction = 14;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var side = random.Next(InkMask.SmallestSide, InkMask.LargestSide + 1);
        var reduced = random.Next(SmallestReduction, LargestReduction + 1);
        using var ink = InkMask.Load(digit);
        // Area averaging is how a camera or a thumbnailer loses detail; bilinear enlargement is how viewers blow it up.
        ink.Mutate(x => x.Resize(reduced, reduced, KnownResamplers.Box).Resize(side, side, KnownResamplers.Triangle));
        using var photo = PaperPhoto.Lay(ink, PaperPhoto.BlackInk, PaperPhoto.WhitePaper);
        return PaperPhoto.Png(photo);
    }
}
