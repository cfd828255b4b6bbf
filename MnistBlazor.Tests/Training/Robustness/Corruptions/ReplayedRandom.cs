namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

/// <summary>A <see cref="Random"/> that gives back recorded uniform draws (numpy's random_sample values), so a
/// corruption can be run on the very draws the reference made. Overriding Sample feeds NextDouble and Next alike.</summary>
internal sealed class ReplayedRandom(params double[] draws) : Random
{
    private int _next;

    protected override double Sample() => _next < draws.Length
        ? draws[_next++]
        : throw new InvalidOperationException($"Only {draws.Length} draws were recorded.");
}
