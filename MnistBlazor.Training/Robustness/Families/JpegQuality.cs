namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A photo squeezed by a messenger or a web form: JPEG at a low quality, with its blocks and ringing.</summary>
internal static class JpegQuality
{
    public const string Name = "jpeg-quality";

    // Messengers and upload forms recompress to about 20-40; MNIST-C's own JPEG corruption goes no lower than that.
    public const int LowestQuality = 20;
    public const int HighestQuality = 40;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var photo = PaperPhoto.Plain(digit, random);
        return PaperPhoto.Jpeg(photo, random.Next(LowestQuality, HighestQuality + 1));
    }
}
