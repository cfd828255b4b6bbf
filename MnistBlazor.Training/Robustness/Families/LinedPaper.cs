using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit written on a ruled pad: faint blue rows behind dark ink.</summary>
internal static class LinedPaper
{
    public const string Name = "lined-paper";

    // A digit written big across a pad spans 3-5 lines: rows 18-30% of the photo's side apart.
    public const float SmallestSpacing = 0.18f;
    public const float LargestSpacing = 0.30f;

    // The pale blue of printed ruling.
    public static readonly Rgb24 Rule = new(160, 190, 230);

    public static byte[] Picture(byte[] digit, Random random) =>
        RuledPaper.Picture(digit, random, SmallestSpacing, LargestSpacing, Rule, columnsToo: false);
}
