using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

/// <summary>Hand-made 28x28 digits (bytes, white ink on black, as MNIST stores them), so the tests need no MNIST download.</summary>
internal static class TestDigits
{
    private const int Side = MnistCorruption.Side;

    /// <summary>A 7: a bar across the top and a stroke down to the lower left, with soft grey edges as MNIST's have.</summary>
    public static byte[] Seven()
    {
        var pixels = new byte[Side * Side];
        Stroke(pixels, (7, 7), (7, 20));
        Stroke(pixels, (7, 20), (22, 12));
        return pixels;
    }

    public static byte[] Blank() => new byte[Side * Side];

    public static byte[] Dot(int row, int column) => Square(row, column, 1);

    public static byte[] Square(int top, int left, int size)
    {
        var pixels = new byte[Side * Side];
        for (var r = top; r < top + size; r++)
        {
            for (var c = left; c < left + size; c++)
            {
                pixels[(r * Side) + c] = 255;
            }
        }

        return pixels;
    }

    public static byte[] Filled(byte value)
    {
        var pixels = new byte[Side * Side];
        Array.Fill(pixels, value);
        return pixels;
    }

    public static double[] Unit(byte[] pixels) => Array.ConvertAll(pixels, p => p / 255.0);

    /// <summary>Full ink within 1 pixel of the segment, half ink out to 1.8 pixels.</summary>
    private static void Stroke(byte[] pixels, (double Row, double Column) from, (double Row, double Column) to)
    {
        for (var r = 0; r < Side; r++)
        {
            for (var c = 0; c < Side; c++)
            {
                var distance = DistanceToSegment((r, c), from, to);
                var ink = distance <= 1.0 ? 255 : distance <= 1.8 ? 128 : 0;
                pixels[(r * Side) + c] = (byte)Math.Max(pixels[(r * Side) + c], ink);
            }
        }
    }

    private static double DistanceToSegment((double R, double C) p, (double R, double C) a, (double R, double C) b)
    {
        var (dr, dc) = (b.R - a.R, b.C - a.C);
        var t = Math.Clamp((((p.R - a.R) * dr) + ((p.C - a.C) * dc)) / ((dr * dr) + (dc * dc)), 0, 1);
        return Math.Sqrt(Math.Pow(p.R - (a.R + (t * dr)), 2) + Math.Pow(p.C - (a.C + (t * dc)), 2));
    }
}
