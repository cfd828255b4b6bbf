using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

/// <summary>The plain enlargement a family changes, for the same seed (so of the same size): what each family's
/// defining property is measured against.</summary>
internal static class PlainPhoto
{
    public static GreyPicture Of(byte[] digit, int seed)
    {
        using var photo = PaperPhoto.Plain(digit, new Random(seed));
        return GreyPicture.From(photo);
    }

    public static byte[] Png(byte[] digit, int seed)
    {
        using var photo = PaperPhoto.Plain(digit, new Random(seed));
        return PaperPhoto.Png(photo);
    }
}
