namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// One corruption of MNIST-C (Mu and Gilmer 2019) at the fixed severity MNIST-C uses: a 28x28 MNIST digit (bytes,
/// white ink on black, row by row) and a seeded <see cref="Random"/> in, a 28x28 byte image out, the same bytes for the
/// same seed. MNIST-C is a test set: never use a corruption as training augmentation.
/// </summary>
public abstract class MnistCorruption
{
    public const int Side = 28;
    public const int PixelCount = Side * Side;

    protected MnistCorruption(string name, int? severity)
    {
        Name = name;
        Severity = severity;
    }

    /// <summary>The name MNIST-C gives it (its directory in the released data), e.g. <c>shot_noise</c>.</summary>
    public string Name { get; }

    /// <summary>The severity (1..5) MNIST-C fixed for it, which is its function's default in the reference
    /// corruptions.py; null for the corruptions that have no levels (stripe, dotted_line, zigzag, canny_edges).</summary>
    public int? Severity { get; }

    public byte[] Apply(ReadOnlySpan<byte> digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (digit.Length != PixelCount)
        {
            throw new ArgumentException($"An MNIST digit is {Side}x{Side} ({PixelCount} bytes); this one has {digit.Length}.", nameof(digit));
        }

        // The reference divides by 255 and works on floats in 0..1; so does every corruption here.
        var unit = new double[PixelCount];
        for (var i = 0; i < unit.Length; i++)
        {
            unit[i] = digit[i] / 255.0;
        }

        return ToBytes(Corrupt(unit, random));
    }

    /// <summary>This corruption as a robustness condition (sent to the recognizer as a 28x28 PNG).</summary>
    public RobustnessCondition ToCondition() => RobustnessCondition.FromPixels(Name, (digit, random) => Apply(digit, random));

    /// <summary>Corrupts a digit of values in 0..1 (index row * 28 + column); the result is clipped to 0..1 afterwards.</summary>
    protected abstract double[] Corrupt(double[] digit, Random random);

    // The reference returns float32 in 0..255 and its script that wrote the uint8 data set is not public; rounding to the
    // nearest byte keeps an unchanged pixel unchanged, where truncating 254.99999 would not.
    internal static byte[] ToBytes(double[] unit)
    {
        var bytes = new byte[unit.Length];
        for (var i = 0; i < unit.Length; i++)
        {
            bytes[i] = (byte)Math.Round(Math.Clamp(unit[i], 0, 1) * 255);
        }

        return bytes;
    }
}
