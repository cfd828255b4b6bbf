namespace MnistBlazor.Tests.Training.Robustness.Families;

/// <summary>Digits drawn into 28x28 arrays as MNIST stores them (white ink on black, inside the central 20x20), so
/// the families are tested without downloading MNIST.</summary>
internal static class SyntheticDigit
{
    /// <summary>A 7: a bar across the top and a stem slanting down to the left, three pixels thick.</summary>
    public static byte[] Seven()
    {
        var digit = new byte[28 * 28];
        for (var x = 7; x <= 20; x++)
        {
            Ink(digit, x, 6, 3);
        }

        for (var y = 6; y <= 22; y++)
        {
            Ink(digit, 20 - ((y - 6) * 8 / 16), y, 3);
        }

        return digit;
    }

    /// <summary>A filled square from 4 to 23, whose outline shows how a warp bends straight, parallel sides.</summary>
    public static byte[] Block()
    {
        var digit = new byte[28 * 28];
        for (var y = 4; y < 24; y++)
        {
            Array.Fill(digit, (byte)255, (y * 28) + 4, 20);
        }

        return digit;
    }

    private static void Ink(byte[] digit, int x, int y, int thickness)
    {
        for (var dy = 0; dy < thickness; dy++)
        {
            for (var dx = 0; dx < thickness; dx++)
            {
                digit[((y + dy) * 28) + x + dx] = 255;
            }
        }
    }
}
