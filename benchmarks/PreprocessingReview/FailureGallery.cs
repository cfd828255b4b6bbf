using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Processing.Processors.Transforms;

namespace MnistBlazor.Benchmarks.PreprocessingReview;

/// <summary>Sheets of misread images: each tile is the input (left) beside the enlarged 28x28 the model saw (right).</summary>
internal sealed class FailureGallery(string folder, string set)
{
    private const int Tile = 196;
    private const int Columns = 4;
    private const int TilesPerSheet = 16;

    private readonly List<(byte[] Input, byte[]? Seen)> tiles = [];

    public void Add(byte[] input, byte[]? seenPng) => tiles.Add((input, seenPng));

    /// <summary>Writes the sheets and returns their paths.</summary>
    public IReadOnlyList<string> Save()
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, $"{set}-*.png"))
        {
            File.Delete(stale);
        }

        var paths = new List<string>();
        for (var first = 0; first < tiles.Count; first += TilesPerSheet)
        {
            var page = tiles.Skip(first).Take(TilesPerSheet).ToList();
            var rows = (page.Count + Columns - 1) / Columns;
            using var sheet = new Image<L8>(Columns * 2 * Tile, rows * Tile, new L8(128));
            for (var i = 0; i < page.Count; i++)
            {
                var at = new Point((i % Columns) * 2 * Tile, (i / Columns) * Tile);
                Place(sheet, page[i].Input, at, KnownResamplers.Triangle);
                if (page[i].Seen is { } seen)
                {
                    Place(sheet, seen, new Point(at.X + Tile, at.Y), KnownResamplers.NearestNeighbor);
                }
            }

            var path = Path.Combine(folder, $"{set}-{first / TilesPerSheet:D2}.png");
            sheet.SaveAsPng(path);
            paths.Add(path);
        }

        return paths;
    }

    private static void Place(Image<L8> sheet, byte[] encoded, Point at, IResampler resampler)
    {
        using var image = Image.Load<L8>(encoded);
        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(Tile - 4, Tile - 4), Mode = ResizeMode.Max, Sampler = resampler }));
        sheet.Mutate(x => x.DrawImage(image, new Point(at.X + 2, at.Y + 2), 1f));
    }
}
