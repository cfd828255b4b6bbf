using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A digit in pencil: faint grey graphite that the paper's grain breaks up, on white paper.</summary>
internal static class Pencil
{
    public const string Name = "pencil";

    // Graphite photographs mid-grey, never black: its darkest strokes land between these levels.
    public const byte DarkestGraphite = 100;
    public const byte LightestGraphite = 150;

    // Paper photographed in room light is a little below full white.
    public const byte DarkestPaper = 235;
    public const byte LightestPaper = 252;

    // Graphite catches only the tops of the paper's grain: each pixel keeps 45-100% of the stroke's cover.
    public const float GrainDepth = 0.55f;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var ink = InkMask.Enlarged(digit, random);
        var graphite = (byte)random.Next(DarkestGraphite, LightestGraphite + 1);
        var paper = (byte)random.Next(DarkestPaper, LightestPaper + 1);
        ink.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var cover in rows.GetRowSpan(y))
                {
                    cover = new L8((byte)(cover.PackedValue * (1 - (GrainDepth * random.NextSingle()))));
                }
            }
        });
        using var photo = PaperPhoto.Lay(ink, new Rgb24(graphite, graphite, graphite), new Rgb24(paper, paper, paper));
        return PaperPhoto.Png(photo);
    }
}
