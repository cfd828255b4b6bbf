using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>The MNIST digit as ink coverage (255 = full ink, MNIST's own polarity) enlarged to the size of a phone photo
/// of one digit. Every family starts here and draws the side first, so a family and the plain photo of the same seed
/// have the same size and can be compared pixel by pixel.</summary>
internal static class InkMask
{
    public const int MnistSide = 28;

    // A photo cropped to one handwritten digit is a few hundred pixels: 5x to 10x MNIST's 28.
    public const int SmallestSide = 140;
    public const int LargestSide = 280;

    public static Image<L8> Enlarged(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Enlarged(digit, random.Next(SmallestSide, LargestSide + 1));
    }

    public static Image<L8> Enlarged(byte[] digit, int side)
    {
        var image = Load(digit);
        image.Mutate(x => x.Resize(side, side, KnownResamplers.Bicubic));
        return image;
    }

    public static Image<L8> Load(byte[] digit)
    {
        ArgumentNullException.ThrowIfNull(digit);
        if (digit.Length != MnistSide * MnistSide)
        {
            throw new ArgumentException($"An MNIST digit is 28x28 (784 bytes); this one has {digit.Length}.", nameof(digit));
        }

        return Image.LoadPixelData<L8>(digit, MnistSide, MnistSide);
    }
}
