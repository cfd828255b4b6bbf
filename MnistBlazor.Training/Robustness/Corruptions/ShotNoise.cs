namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>shot_noise</c>, severity 5 (c = 3): <c>clip(poisson(x·c) / c, 0, 1)</c>, corruptions.py's shot_noise.
/// Follows the reference exactly but for the random stream: Poisson draws by Knuth's method from <see cref="Random"/>.
/// Ink keeps its mean; a black pixel stays black (Poisson of 0 is 0).
/// </summary>
public sealed class ShotNoise() : MnistCorruption("shot_noise", 5)
{
    internal const double Photons = 3;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        var result = new double[digit.Length];
        for (var i = 0; i < digit.Length; i++)
        {
            result[i] = random.Poisson(digit[i] * Photons) / Photons;
        }

        return result;
    }
}
