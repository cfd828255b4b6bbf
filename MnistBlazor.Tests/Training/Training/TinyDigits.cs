using MnistBlazor.Training.Data;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Training;

/// <summary>A small learnable stand-in for MNIST: digit d is a bright bar, 3 px thick like an MNIST stroke, at row 4 + 2d on a faint noisy background.</summary>
internal static class TinyDigits
{
    public static DigitSet Create(int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[count * 28 * 28];
        var labels = new long[count];
        for (var i = 0; i < count; i++)
        {
            var digit = i % 10;
            labels[i] = digit;
            for (var p = 0; p < 28 * 28; p++)
            {
                pixels[i * 784 + p] = random.NextSingle() * 0.1f;
            }
            var row = 4 + 2 * digit;
            for (var y = row - 1; y <= row + 1; y++)
            {
                for (var x = 6; x < 22; x++)
                {
                    pixels[i * 784 + y * 28 + x] = 1f;
                }
            }
        }
        return new DigitSet(tensor(pixels, [count, 1, 28, 28]), tensor(labels));
    }
}
