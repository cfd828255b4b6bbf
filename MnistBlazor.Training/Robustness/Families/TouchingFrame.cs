using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A photo framed too tightly: one side of the picture runs into the digit, so its ink reaches the edge (and
/// a little of it is cut off).</summary>
internal static class TouchingFrame
{
    public const string Name = "touching-frame";

    // The frame cuts 0-10% of the ink's extent off that side: the digit touches the edge yet stays readable.
    public const float DeepestCut = 0.10f;

    // Ink this covered counts as ink when finding where the digit ends.
    public const byte InkCover = 128;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var ink = InkMask.Enlarged(digit, random);
        var side = ink.Width;
        var bounds = InkBounds(ink);
        var cutSide = random.Next(4);
        var cut = random.Between(0, DeepestCut);
        var keep = cutSide switch
        {
            0 => Rectangle.FromLTRB(bounds.Left + (int)(cut * bounds.Width), 0, side, side),
            1 => Rectangle.FromLTRB(0, bounds.Top + (int)(cut * bounds.Height), side, side),
            2 => Rectangle.FromLTRB(0, 0, bounds.Right - (int)(cut * bounds.Width), side),
            _ => Rectangle.FromLTRB(0, 0, side, bounds.Bottom - (int)(cut * bounds.Height)),
        };
        // Back to the photo's size: a tight frame is a crop of the same photo the other families show whole.
        var scale = side / (float)Math.Max(keep.Width, keep.Height);
        ink.Mutate(x => x.Crop(keep).Resize((int)MathF.Round(keep.Width * scale), (int)MathF.Round(keep.Height * scale), KnownResamplers.Bicubic));
        using var photo = PaperPhoto.Lay(ink, PaperPhoto.BlackInk, PaperPhoto.WhitePaper);
        return PaperPhoto.Png(photo);
    }

    private static Rectangle InkBounds(Image<L8> ink)
    {
        int left = ink.Width, top = ink.Height, right = 0, bottom = 0;
        ink.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    if (row[x].PackedValue >= InkCover)
                    {
                        (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                    }
                }
            }
        });
        if (right <= left)
        {
            throw new ArgumentException("The digit has no ink, so no frame can touch it.", nameof(ink));
        }

        return Rectangle.FromLTRB(left, top, right, bottom);
    }
}
