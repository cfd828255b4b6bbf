namespace MnistBlazor.Training.Robustness.Families;

/// <summary>Draws of the families' parameters, all from the seeded <see cref="Random"/> a run gives each digit.</summary>
internal static class RandomRanges
{
    /// <summary>A number drawn evenly from [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static float Between(this Random random, float low, float high) => low + (random.NextSingle() * (high - low));

    /// <summary>A direction drawn evenly around the circle, in radians.</summary>
    public static float Angle(this Random random) => random.NextSingle() * 2 * MathF.PI;
}
