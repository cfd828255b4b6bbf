using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Builds and encodes synthetic inputs for the preprocessing tests.</summary>
internal static class TestImages
{
    /// <summary>An RGBA image whose pixel colours are chosen from each pixel's ink coverage and position.</summary>
    public static Image<Rgba32> FromCoverage(int width, int height, float[] coverage, Func<float, int, int, Rgba32> colour)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < width; x++)
                {
                    row[x] = colour(coverage[(y * width) + x], x, y);
                }
            }
        });
        return image;
    }

    /// <summary>Light strokes on a black, opaque canvas, like the drawing pad.</summary>
    public static Image<Rgba32> WhiteOnBlack(int width, int height, float[] coverage) =>
        FromCoverage(width, height, coverage, (c, _, _) => Grey(255f * c));

    public static Image<Rgba32> BlackOnWhite(int width, int height, float[] coverage) =>
        FromCoverage(width, height, coverage, (c, _, _) => Grey(255f * (1f - c)));

    public static Rgba32 Grey(float level)
    {
        var value = (byte)Math.Clamp(MathF.Round(level), 0f, 255f);
        return new Rgba32(value, value, value, 255);
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    public static byte[] Png(Image image) => Encode(image, new PngEncoder());

    public static byte[] Png(int width, int height, float[] coverage, Func<float, int, int, Rgba32> colour)
    {
        using var image = FromCoverage(width, height, coverage, colour);
        return Png(image);
    }

    /// <summary>Deterministic noise with a roughly normal shape (sum of uniforms).</summary>
    public static float Gaussianish(Random random, float sigma) =>
        sigma * (float)((random.NextDouble() + random.NextDouble() + random.NextDouble() + random.NextDouble() - 2.0) * Math.Sqrt(3.0));
}
