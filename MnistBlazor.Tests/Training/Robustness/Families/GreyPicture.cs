using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Tests.Training.Robustness.Families;

/// <summary>A decoded picture's brightness (0 black - 255 white), with the measures the families' tests share.</summary>
internal sealed class GreyPicture
{
    // Darker than this is ink on the photo-like pictures (paper is light, ink dark).
    public const float InkLevel = 128;

    private readonly float[] _values;

    private GreyPicture(int width, int height, float[] values) => (Width, Height, _values) = (width, height, values);

    public int Width { get; }

    public int Height { get; }

    public float this[int x, int y] => _values[(y * Width) + x];

    public static GreyPicture Decode(byte[] encoded)
    {
        using var image = Image.Load<Rgb24>(encoded);
        return From(image);
    }

    public static GreyPicture From(Image<Rgb24> image)
    {
        var values = new float[image.Width * image.Height];
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    values[(y * image.Width) + x] = (0.299f * row[x].R) + (0.587f * row[x].G) + (0.114f * row[x].B);
                }
            }
        });
        return new GreyPicture(image.Width, image.Height, values);
    }

    /// <summary>The picture reduced to 28x28 by area averaging, as a recognizer's preprocessing would see it.</summary>
    public static GreyPicture DecodeReduced(byte[] encoded, int side)
    {
        using var image = Image.Load<Rgb24>(encoded);
        image.Mutate(x => x.Resize(side, side, KnownResamplers.Box));
        return From(image);
    }

    public int InkArea() => _values.Count(v => v < InkLevel);

    /// <summary>The sum of squared differences between neighbours: how much fine detail the picture holds.</summary>
    public double DetailEnergy() => Differences().Sum(d => (double)d * d);

    /// <summary>The steepest neighbour differences (99th percentile): high for crisp edges, low for soft ones.</summary>
    public float EdgeSteepness()
    {
        var sorted = Differences().Order().ToArray();
        return sorted[(int)(sorted.Length * 0.99)];
    }

    public float Mean(Func<int, int, bool> where)
    {
        var (sum, count) = (0.0, 0);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (where(x, y))
                {
                    (sum, count) = (sum + this[x, y], count + 1);
                }
            }
        }

        return count == 0 ? throw new InvalidOperationException("No pixel matched.") : (float)(sum / count);
    }

    public bool RowHasInk(int y) => Enumerable.Range(0, Width).Any(x => this[x, y] < InkLevel);

    public bool ColumnHasInk(int x) => Enumerable.Range(0, Height).Any(y => this[x, y] < InkLevel);

    private IEnumerable<float> Differences()
    {
        for (var y = 0; y < Height - 1; y++)
        {
            for (var x = 0; x < Width - 1; x++)
            {
                yield return Math.Abs(this[x + 1, y] - this[x, y]);
                yield return Math.Abs(this[x, y + 1] - this[x, y]);
            }
        }
    }
}
