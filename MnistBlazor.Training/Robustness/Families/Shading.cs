using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>Light falling unevenly on the page: every pixel of the photo (paper and ink alike) keeps a share of its
/// brightness that depends on where it lies.</summary>
internal static class Shading
{
    /// <param name="lightKept">The share of brightness (0-1) kept at a pixel's centre (x, y).</param>
    public static void Darken(Image<Rgb24> photo, Func<float, float, float> lightKept)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(lightKept);
        photo.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var kept = Math.Clamp(lightKept(x + 0.5f, y + 0.5f), 0, 1);
                    ref var p = ref row[x];
                    p = new Rgb24((byte)MathF.Round(p.R * kept), (byte)MathF.Round(p.G * kept), (byte)MathF.Round(p.B * kept));
                }
            }
        });
    }

    /// <summary>How far (x, y) lies beyond a line through (<paramref name="originX"/>, <paramref name="originY"/>)
    /// across the direction <paramref name="angle"/>, in pixels; negative before it.</summary>
    public static float Beyond(float x, float y, float originX, float originY, float angle) =>
        ((x - originX) * MathF.Cos(angle)) + ((y - originY) * MathF.Sin(angle));
}
