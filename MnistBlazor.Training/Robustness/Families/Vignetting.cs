using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A phone's lens darkening the corners of the photo, stronger in cheap lenses and close-ups.</summary>
internal static class Vignetting
{
    public const string Name = "vignetting";

    // ImageSharp's vignette darkens the corners by 90% of its strength: 45-72% darker, a strong but common falloff.
    public const float WeakestVignette = 0.5f;
    public const float StrongestVignette = 0.8f;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var photo = PaperPhoto.Plain(digit, random);
        var strength = random.Between(WeakestVignette, StrongestVignette);
        photo.Mutate(x => x.Vignette(new GraphicsOptions { BlendPercentage = strength }, Color.Black));
        return PaperPhoto.Png(photo);
    }
}
