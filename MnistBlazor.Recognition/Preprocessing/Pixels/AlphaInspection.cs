using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Recognition.Preprocessing.Pixels;

/// <summary>Decides how to read a transparent image: alpha as the ink, or composite onto a contrasting background.</summary>
internal static class AlphaInspection
{
    /// <summary>Alpha-weighted spread (grey levels) below which the strokes' colour carries no information.</summary>
    private const double UniformColourTolerance = 20;

    public static (AlphaTreatment Treatment, float Background) Choose(Image<Rgba32> image)
    {
        long weight = 0, sum = 0, sumOfSquares = 0;
        var translucent = false;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && !translucent; y++)
            {
                translucent = HasTranslucentPixel(rows.GetRowSpan(y));
            }

            if (!translucent)
            {
                return;
            }

            // Colour statistics weighted by alpha, so nearly transparent pixels' arbitrary colours barely count.
            long w = 0, s = 0, s2 = 0;
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    int a = pixel.A;
                    if (a == 0)
                    {
                        continue;
                    }

                    var l = IntegerLuminance(pixel);
                    w += a;
                    s += a * l;
                    s2 += a * l * l;
                }
            }

            (weight, sum, sumOfSquares) = (w, s, s2);
        });

        if (!translucent)
        {
            return (AlphaTreatment.Opaque, 0f);
        }

        var mean = weight > 0 ? (double)sum / weight : 0;
        var spread = weight > 0 ? Math.Sqrt(Math.Max(0, ((double)sumOfSquares / weight) - (mean * mean))) : 0;
        if (spread < UniformColourTolerance)
        {
            return (AlphaTreatment.AlphaAsInk, 0f);
        }

        // Mostly transparent: strokes on an empty canvas, so see-through parts get a tone that contrasts with them.
        // Mostly opaque: a picture with see-through margins, which become its own average tone (the paper).
        var mostlyTransparent = weight < 255L * image.Width * image.Height / 2;
        return (AlphaTreatment.Composited, mostlyTransparent ? (mean > 127.5 ? 0f : 255f) : (float)mean);
    }

    /// <summary>Rec. 601 luma; integer weights keep grey pixels exactly their level.</summary>
    public static float Luminance(Rgba32 pixel) => Luminance(pixel.R, pixel.G, pixel.B);

    public static float Luminance(byte red, byte green, byte blue) => ((299 * red) + (587 * green) + (114 * blue)) / 1000f;

    private static int IntegerLuminance(Rgba32 pixel) => ((299 * pixel.R) + (587 * pixel.G) + (114 * pixel.B)) / 1000;

    private static bool HasTranslucentPixel(ReadOnlySpan<Rgba32> row)
    {
        foreach (var pixel in row)
        {
            if (pixel.A != byte.MaxValue)
            {
                return true;
            }
        }

        return false;
    }
}
