namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>One model's answer as /api/predict returns it (the fields this runner reads).</summary>
/// <param name="Verdict">"digit", "unsure" or "no-digit".</param>
/// <param name="Probabilities">The ten class probabilities; empty for "no-digit".</param>
public sealed record ModelAnswer(string Model, string Verdict, int? Digit, double ElapsedMs, IReadOnlyList<double>? Probabilities = null)
{
    /// <summary>The most probable class whatever the verdict, or null when there are no probabilities.</summary>
    public int? TopGuess => Probabilities is { Count: 10 } p ? p.Index().MaxBy(x => x.Item).Index : null;
}

/// <summary>The reply to /api/predict?model=all.</summary>
public sealed record EveryModelAnswer(IReadOnlyList<ModelAnswer> Results);
