namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// The numpy.random draws the reference makes, taken from a seeded <see cref="Random"/>: the same distributions and the
/// same order of draws, not numpy's Mersenne Twister stream, so a seed here gives different (equally likely) pictures
/// than the same seed in Python.
/// </summary>
internal static class NumpyRandom
{
    /// <summary><c>np.random.uniform(low, high)</c>.</summary>
    public static double Uniform(this Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    /// <summary><c>np.random.choice([-1, 1])</c>.</summary>
    public static int Sign(this Random random) => random.Next(2) == 0 ? -1 : 1;

    /// <summary><c>np.random.choice([True, False])</c>, and <c>p=[p, 1 - p]</c> with <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability = 0.5) => random.NextDouble() < probability;

    /// <summary><c>np.random.normal(loc, scale)</c>, by Box-Muller.</summary>
    public static double Normal(this Random random, double mean, double deviation)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v));
    }

    /// <summary><c>np.random.poisson(lam)</c>, by Knuth's product of uniforms: exact, and quick for MNIST-C's means of at most 60.</summary>
    public static int Poisson(this Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
