using MnistBlazor.Recognition.Preprocessing.Decoding;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Recognition.Preprocessing.Pixels;

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

    /// <summary>Reads a plain PNG, which is opaque; null when its data turns out damaged.</summary>
    public static GrayPlane? Read(PlainPng png, int workingMaxSide, out int factor)
    {
        var averager = BlockAverager.Into(out var plane, png.Width, png.Height, workingMaxSide);
        factor = averager.Factor;
        // Whole grey levels are summed in integers (see BlockAverager.Add); colours become fractional luminances.
        for (var y = 0; y < png.Height; y++)
        {
            if (!png.TryReadRow(out var row))
            {
                plane.Dispose();
                return null;
            }

            if (png.Channels == 1)
            {
                averager.Add(y, row);
                continue;
            }

            var values = averager.RowToWrite(y);
            for (int x = 0, i = 0; i < row.Length; x++, i += 3)
            {
                values[x] = AlphaInspection.Luminance(row[i], row[i + 1], row[i + 2]);
            }

            averager.Commit(y);
        }

        averager.Finish();
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
