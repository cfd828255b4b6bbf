using MnistBlazor.Tests.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static MnistBlazor.Tests.Recognition.Calibration.HandDrawing;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Inputs with no writing at all: sensor noise on a plain background, scattered specks, and ink blots.</summary>
internal static class NoiseImages
{
    public static (string Kind, Image<Rgba32> Image) Create(Random random)
    {
        var background = random.Next(2) == 0 ? Between(random, 0f, 40f) : Between(random, 200f, 255f);
        var ink = background > 128 ? -1f : 1f;
        var (kind, marks) = random.Next(3) switch
        {
            0 => ("sensor noise", new float[Side * Side]),
            1 => ("specks", Dots(random, random.Next(5, 40), 0.5f, 1.8f)),
            _ => ("blots", Dots(random, random.Next(1, 4), 4f, 14f)),
        };
        var sigma = Between(random, 2f, 18f);
        var image = TestImages.FromCoverage(Side, Side, marks,
            (c, _, _) => TestImages.Grey(background + (ink * 220f * c) + TestImages.Gaussianish(random, sigma)));
        return (kind, image);
    }

    /// <summary>Coverage of round dots with radii in the given range, in pixels.</summary>
    private static float[] Dots(Random random, int count, float minRadius, float maxRadius)
    {
        var coverage = new float[Side * Side];
        for (var i = 0; i < count; i++)
        {
            float cx = Between(random, 0, Side), cy = Between(random, 0, Side), r = Between(random, minRadius, maxRadius);
            for (var y = (int)Math.Max(0, cy - r - 1); y < Math.Min(Side, cy + r + 1); y++)
            {
                for (var x = (int)Math.Max(0, cx - r - 1); x < Math.Min(Side, cx + r + 1); x++)
                {
                    var distance = MathF.Sqrt(MathF.Pow(x + 0.5f - cx, 2) + MathF.Pow(y + 0.5f - cy, 2));
                    coverage[(y * Side) + x] = MathF.Max(coverage[(y * Side) + x], Math.Clamp(r + 0.5f - distance, 0f, 1f));
                }
            }
        }

        return coverage;
    }
}
