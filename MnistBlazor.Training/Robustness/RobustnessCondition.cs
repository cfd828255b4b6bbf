using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness;

/// <summary>One way of turning a 28x28 MNIST test digit (bytes, white ink on black, as MNIST stores it) into the picture
/// a user would upload: encoded bytes (PNG, JPEG) of any size. A corruption of MNIST-C, a condition people's pictures
/// have, or none for the clean baseline. Deterministic for a given <see cref="Random"/>.</summary>
public sealed record RobustnessCondition(string Name, Func<byte[], Random, byte[]> Picture)
{
    public const string CleanName = "clean";

    /// <summary>The test digit as it is, as a 28x28 PNG: the baseline every condition is compared with.</summary>
    public static RobustnessCondition Clean { get; } = FromPixels(CleanName, (digit, _) => digit);

    /// <summary>A condition that changes the 28x28 pixels themselves (as MNIST-C's corruptions do), sent as a 28x28 PNG.</summary>
    public static RobustnessCondition FromPixels(string name, Func<byte[], Random, byte[]> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new RobustnessCondition(name, (digit, random) => Png(change(digit, random)));
    }

    private static byte[] Png(byte[] pixels)
    {
        if (pixels.Length != 28 * 28)
        {
            throw new ArgumentException($"A changed MNIST digit must stay 28x28 (784 bytes); it has {pixels.Length}.", nameof(pixels));
        }

        using var image = Image.LoadPixelData<L8>(pixels, 28, 28);
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return png.ToArray();
    }
}
