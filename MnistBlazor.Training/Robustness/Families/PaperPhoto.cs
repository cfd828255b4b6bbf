using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>Ink laid on paper as people photograph it: dark ink on light paper, the reverse of MNIST, and the
/// encoded bytes a user would upload.</summary>
internal static class PaperPhoto
{
    public static readonly Rgb24 BlackInk = new(0, 0, 0);
    public static readonly Rgb24 WhitePaper = new(255, 255, 255);

    /// <summary>The digit in black ink on white paper, enlarged: what every family changes one thing of.</summary>
    public static Image<Rgb24> Plain(byte[] digit, Random random)
    {
        using var ink = InkMask.Enlarged(digit, random);
        return Lay(ink, BlackInk, WhitePaper);
    }

    public static Image<Rgb24> Lay(Image<L8> ink, Rgb24 inkColour, Rgb24 paperColour)
    {
        ArgumentNullException.ThrowIfNull(ink);
        var paper = new Image<Rgb24>(ink.Width, ink.Height, paperColour);
        Lay(ink, inkColour, paper);
        return paper;
    }

    /// <summary>Covers <paramref name="paper"/> (changed in place) with the ink in proportion to its coverage, as ink
    /// hides what is printed under it.</summary>
    public static void Lay(Image<L8> ink, Rgb24 inkColour, Image<Rgb24> paper)
    {
        ArgumentNullException.ThrowIfNull(ink);
        ArgumentNullException.ThrowIfNull(paper);
        if (ink.Size() != paper.Size())
        {
            throw new ArgumentException($"The ink ({ink.Width}x{ink.Height}) and the paper ({paper.Width}x{paper.Height}) differ in size.", nameof(paper));
        }

        ink.ProcessPixelRows(paper, (inkRows, paperRows) =>
        {
            for (var y = 0; y < inkRows.Height; y++)
            {
                var inkRow = inkRows.GetRowSpan(y);
                var paperRow = paperRows.GetRowSpan(y);
                for (var x = 0; x < inkRow.Length; x++)
                {
                    var cover = inkRow[x].PackedValue / 255f;
                    ref var p = ref paperRow[x];
                    p = new Rgb24(Mix(p.R, inkColour.R, cover), Mix(p.G, inkColour.G, cover), Mix(p.B, inkColour.B, cover));
                }
            }
        });
    }

    public static byte[] Png(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return png.ToArray();
    }

    public static byte[] Jpeg(Image image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var jpeg = new MemoryStream();
        image.SaveAsJpeg(jpeg, new JpegEncoder { Quality = quality });
        return jpeg.ToArray();
    }

    private static byte Mix(byte paper, byte ink, float cover) => (byte)MathF.Round(paper + ((ink - paper) * cover));
}
