using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit written on squared (maths) paper: a faint grey-blue grid behind dark ink.</summary>
internal static class SquaredPaper
{
    public const string Name = "squared-paper";

    // 5 mm squares under a digit 2-4 cm tall: a square is 10-16% of the photo's side.
    public const float SmallestSpacing = 0.10f;
    public const float LargestSpacing = 0.16f;

    // The grey-blue of printed maths-paper grids, fainter than a pad's ruling.
    public static readonly Rgb24 Rule = new(180, 192, 212);

    public static byte[] Picture(byte[] digit, Random random) =>
        RuledPaper.Picture(digit, random, SmallestSpacing, LargestSpacing, Rule, columnsToo: true);
}
