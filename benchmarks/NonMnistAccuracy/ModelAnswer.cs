namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>One model's answer as /api/predict returns it (the fields this runner reads).</summary>
/// <param name="Verdict">"digit", "unsure" or "no-digit".</param>
public sealed record ModelAnswer(string Model, string Verdict, int? Digit, double ElapsedMs);

/// <summary>The reply to /api/predict?model=all.</summary>
public sealed record EveryModelAnswer(IReadOnlyList<ModelAnswer> Results);
