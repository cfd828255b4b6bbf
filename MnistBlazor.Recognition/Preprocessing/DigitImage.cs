using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>A 28x28 MNIST-style digit: white ink on black, row-major floats in 0..1.</summary>
public sealed class DigitImage
{
    public const int Side = 28;
    public const int PixelCount = Side * Side;

    private readonly float[] pixels;

    internal DigitImage(float[] pixels)
    {
        if (pixels.Length != PixelCount)
        {
            throw new ArgumentException($"A digit image needs {PixelCount} pixels, got {pixels.Length}.", nameof(pixels));
        }

        this.pixels = pixels;
    }

    /// <summary>Row-major pixels, 0 = background, 1 = full ink; the layout the ONNX input [1,1,28,28] expects.</summary>
    public ReadOnlyMemory<float> Pixels => pixels;

    public float this[int x, int y] => pixels[(y * Side) + x];

    /// <summary>Renders the 28x28 image as an 8-bit grayscale PNG (white ink on black).</summary>
    public byte[] ToPng()
    {
        using var image = new Image<L8>(Side, Side);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < Side; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < Side; x++)
                {
                    row[x] = new L8((byte)MathF.Round(pixels[(y * Side) + x] * 255f));
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsPng(stream, new PngEncoder { ColorType = PngColorType.Grayscale, BitDepth = PngBitDepth.Bit8 });
        return stream.ToArray();
    }
}
