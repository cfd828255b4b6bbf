using MnistBlazor.Training.Data;

namespace MnistBlazor.Tests.Training.MlNet;

/// <summary>Synthetic MNIST-shaped digits drawn as seven-segment strokes, shifted, dimmed and speckled at random:
/// learnable in seconds, and no dependency on the real MNIST files (which CI does not have).</summary>
internal static class SevenSegmentDigits
{
    private const int Side = 28;

    // Segments a..g of each digit: top, top right, bottom right, bottom, bottom left, top left, middle.
    private static readonly string[] Segments = ["abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgecd", "abc", "abcdefg", "abcdfg"];

    /// <summary><paramref name="count"/> images in shuffled digit order (about count/10 of each digit, every digit present).</summary>
    /// <param name="wrongLabelShare">Share of labels replaced by another digit, so no model can be perfect on the set.</param>
    public static (IdxImages Images, byte[] Labels) Create(int count, int seed, double wrongLabelShare = 0)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, count).Select(i => (byte)(i % 10)).OrderBy(_ => random.Next()).ToArray();
        var pixels = new byte[count * Side * Side];
        for (var i = 0; i < count; i++)
        {
            Draw(pixels.AsSpan(i * Side * Side, Side * Side), labels[i], random);
            if (random.NextDouble() < wrongLabelShare)
            {
                labels[i] = (byte)((labels[i] + random.Next(1, 10)) % 10);
            }
        }
        return (new IdxImages(count, Side, Side, pixels), labels);
    }

    private static void Draw(Span<byte> image, int digit, Random random)
    {
        var (dx, dy) = (random.Next(-1, 2), random.Next(-1, 2));
        var ink = (byte)random.Next(150, 256);
        var (left, right, top, middle, bottom) = (9 + dx, 18 + dx, 5 + dy, 13 + dy, 21 + dy);
        foreach (var segment in Segments[digit])
        {
            var (x0, y0, x1, y1) = segment switch
            {
                'a' => (left, top, right, top),
                'b' => (right, top, right, middle),
                'c' => (right, middle, right, bottom),
                'd' => (left, bottom, right, bottom),
                'e' => (left, middle, left, bottom),
                'f' => (left, top, left, middle),
                _ => (left, middle, right, middle),
            };
            Stroke(image, x0, y0, x1, y1, ink);
        }
        for (var p = 0; p < image.Length; p++)
        {
            if (random.NextDouble() < 0.03)
            {
                image[p] = (byte)random.Next(256);
            }
        }
    }

    /// <summary>A two-pixel-thick horizontal or vertical line.</summary>
    private static void Stroke(Span<byte> image, int x0, int y0, int x1, int y1, byte ink)
    {
        for (var y = y0; y <= y1 + 1; y++)
        {
            for (var x = x0; x <= x1 + 1; x++)
            {
                image[y * Side + x] = ink;
            }
        }
    }
}
