using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>A calibration sample with the evidence every available model gives on it, gathered exactly as the recognizer
/// does; empty when preprocessing found no digit.</summary>
internal sealed record ScoredSample(CalibrationSample Sample, IReadOnlyDictionary<string, Evidence> Evidence)
{
    public static IReadOnlyList<ScoredSample> Score(IReadOnlyList<CalibrationSample> samples, ModelCatalog catalog)
    {
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped);
        var ids = catalog.Models.Where(m => m.IsAvailable).Select(m => m.Id).ToList();
        return [.. samples.AsParallel().AsOrdered().Select(sample => new ScoredSample(sample, sample.Seen is { } seen
            ? gatherer.Gather(seen.Pixels.Span, ids).Evidence
            : new Dictionary<string, Evidence>()))];
    }

    /// <summary>The verdict a model gives this sample under a rule; null when there was no digit to judge.</summary>
    public VerdictRule.Decision? Decide(string modelId, VerdictRule rule) =>
        Evidence.TryGetValue(modelId, out var evidence) ? rule.Decide(modelId, evidence) : null;
}
