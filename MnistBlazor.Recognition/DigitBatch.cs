using System.Numerics.Tensors;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition;

/// <summary>Digits already framed as the models read them, as <see cref="DigitImage"/> holds one: 28x28 row-major, white
/// ink on black in 0..1, one after another. What evaluation, calibration and benchmarks hand the recognizer instead of
/// encoded images; checked once here, so every recognizer refuses a bad batch alike.</summary>
public sealed class DigitBatch
{
    /// <param name="pixels">Not copied: ONNX Runtime reads them in place, so they must not change while the batch runs.</param>
    /// <exception cref="ArgumentException">No digits, pixels that are not whole 28x28 digits, or values outside 0..1.</exception>
    public DigitBatch(ReadOnlyMemory<float> pixels)
    {
        if (pixels.IsEmpty)
        {
            throw new ArgumentException("A digit batch needs at least one 28x28 digit; it is empty.", nameof(pixels));
        }

        if (pixels.Length % DigitImage.PixelCount != 0)
        {
            throw new ArgumentException(
                $"{pixels.Length} pixels are not whole 28x28 digits ({DigitImage.PixelCount} pixels each).", nameof(pixels));
        }

        // 0..255 gray levels or NaNs would run and give confident nonsense, so they are refused here.
        var (lowest, highest) = (TensorPrimitives.Min(pixels.Span), TensorPrimitives.Max(pixels.Span));
        if (!(lowest >= 0f && highest <= 1f))
        {
            throw new ArgumentException(
                $"Digit pixels must lie in 0..1 (0 background, 1 full ink); these span {lowest}..{highest}.", nameof(pixels));
        }

        Pixels = pixels;
        Count = pixels.Length / DigitImage.PixelCount;
    }

    /// <summary>How many digits the batch holds (at least one).</summary>
    public int Count { get; }

    /// <summary>Row-major pixels, [<see cref="Count"/>, 28, 28] flattened: the layout the ONNX input expects.</summary>
    public ReadOnlyMemory<float> Pixels { get; }

    /// <summary>MNIST's gray levels (0 background .. 255 full ink), each divided by 255 as the training side reads them.</summary>
    public static DigitBatch FromGrayLevels(ReadOnlySpan<byte> levels)
    {
        var pixels = new float[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            pixels[i] = levels[i] / 255f;
        }

        return new DigitBatch(pixels);
    }

    /// <summary>The digits one at a time would have been seen as (<see cref="RecognitionResult.Seen"/>), as one batch.</summary>
    public static DigitBatch Of(IReadOnlyCollection<DigitImage> digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var pixels = new float[digits.Count * DigitImage.PixelCount];
        var offset = 0;
        foreach (var digit in digits)
        {
            digit.Pixels.Span.CopyTo(pixels.AsSpan(offset));
            offset += DigitImage.PixelCount;
        }

        return new DigitBatch(pixels);
    }

    /// <summary>The pixels of digits [start, start + count).</summary>
    internal ReadOnlyMemory<float> Digits(int start, int count) =>
        Pixels.Slice(start * DigitImage.PixelCount, count * DigitImage.PixelCount);
}
