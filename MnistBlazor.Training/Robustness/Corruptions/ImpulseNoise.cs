namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>impulse_noise</c>, severity 4 (amount 0.17): corruptions.py's impulse_noise, <c>skimage.util.random_noise(x,
/// mode='s&amp;p', amount=0.17)</c>. As skimage 0.14 onwards draws it: every pixel is flipped with probability 0.17
/// (one draw per pixel over the image), then, in a second pass, a flipped pixel is salt (1) or pepper (0) with even odds
/// (salt_vs_pepper 0.5). Differs only in the random stream.
/// </summary>
public sealed class ImpulseNoise() : MnistCorruption("impulse_noise", 4)
{
    internal const double Amount = 0.17;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        var flipped = new bool[digit.Length];
        for (var i = 0; i < digit.Length; i++)
        {
            flipped[i] = random.Chance(Amount);
        }

        var result = (double[])digit.Clone();
        for (var i = 0; i < digit.Length; i++)
        {
            var salted = random.Chance(0.5);
            if (flipped[i])
            {
                result[i] = salted ? 1 : 0;
            }
        }

        return result;
    }
}
