using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>Paper printed with faint rules (rows, or rows and columns) at an even spacing from a random offset, with
/// the digit written over them in dark ink.</summary>
internal static class RuledPaper
{
    // Ballpoint or pencil on a school pad: near-black, never pure black.
    public const int DarkestInk = 15;
    public const int LightestInk = 60;

    // Printed rules are about 0.2 mm: one pixel per 140 of the photo's side, and rules blend a little into the paper.
    public const int PixelsPerRuleWidth = 140;

    public const int DarkestPaper = 238;

    public static byte[] Picture(byte[] digit, Random random, float smallestSpacing, float largestSpacing, Rgb24 rule, bool columnsToo)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var ink = InkMask.Enlarged(digit, random);
        var side = ink.Width;
        var spacing = side * random.Between(smallestSpacing, largestSpacing);
        var rowOffset = random.Between(0, spacing);
        var columnOffset = random.Between(0, spacing);
        var width = Math.Max(1, (int)MathF.Round(side / (float)PixelsPerRuleWidth));
        var inkLevel = (byte)random.Next(DarkestInk, LightestInk + 1);
        var paperLevel = (byte)random.Next(DarkestPaper, 256);

        using var paper = new Image<Rgb24>(side, side, new Rgb24(paperLevel, paperLevel, paperLevel));
        paper.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var onRow = OnRule(y, spacing, rowOffset, width);
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    if (onRow || (columnsToo && OnRule(x, spacing, columnOffset, width)))
                    {
                        row[x] = rule;
                    }
                }
            }
        });
        PaperPhoto.Lay(ink, new Rgb24(inkLevel, inkLevel, inkLevel), paper);
        return PaperPhoto.Png(paper);
    }

    private static bool OnRule(int position, float spacing, float offset, int width)
    {
        var intoSpacing = (position - offset) % spacing;
        return (intoSpacing < 0 ? intoSpacing + spacing : intoSpacing) < width;
    }
}
