using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Web.Recognition.Preprocessing.Pixels;

/// <summary>Reads the first frame of an image into a (possibly shrunk) plane of grey levels, resolving transparency.</summary>
internal static class GrayscaleReader
{
    public static GrayPlane Read(Image<L8> image, int workingMaxSide, out int factor)
    {
        var averager = BlockAverager.Into(out var plane, image.Width, image.Height, workingMaxSide);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var source = rows.GetRowSpan(y);
                var values = averager.RowToWrite(y);
                for (var x = 0; x < source.Length; x++)
                {
                    values[x] = source[x].PackedValue;
                }

                averager.Commit(y);
            }
        });
        averager.Finish();
        factor = averager.Factor;
        return plane;
    }

    public static GrayPlane Read(Image<Rgba32> image, int workingMaxSide, out AlphaTreatment treatment, out int factor)
    {
        var (chosen, background) = AlphaInspection.Choose(image);
        var averager = BlockAverager.Into(out var plane, image.Width, image.Height, workingMaxSide);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                Convert(rows.GetRowSpan(y), averager.RowToWrite(y), chosen, background);
                averager.Commit(y);
            }
        });
        averager.Finish();
        treatment = chosen;
        factor = averager.Factor;
        return plane;
    }

    private static void Convert(ReadOnlySpan<Rgba32> source, Span<float> values, AlphaTreatment treatment, float background)
    {
        values = values[..source.Length];
        switch (treatment)
        {
            case AlphaTreatment.Opaque:
                for (var x = 0; x < source.Length; x++)
                {
                    values[x] = AlphaInspection.Luminance(source[x]);
                }

                break;
            case AlphaTreatment.AlphaAsInk:
                for (var x = 0; x < source.Length; x++)
                {
                    values[x] = source[x].A;
                }

                break;
            default:
                for (var x = 0; x < source.Length; x++)
                {
                    var pixel = source[x];
                    values[x] = background + ((AlphaInspection.Luminance(pixel) - background) * pixel.A * (1f / 255f));
                }

                break;
        }
    }
}
