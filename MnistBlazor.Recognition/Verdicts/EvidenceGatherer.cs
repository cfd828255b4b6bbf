using System.Diagnostics;
using System.Numerics.Tensors;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Gate;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Verdicts;

/// <summary>Runs the models on a digit and, where stability is checked, its <see cref="StabilityViews"/> (one batched
/// inference per model), and the digit gate once when it is loaded, and collects the <see cref="Evidence"/> the verdict rule needs. Thread-safe.</summary>
/// <param name="thresholds">The views cost five more images per inference, so they are run only for the ensemble's
/// members (its answer is the mean over them) and the models whose thresholds check stability; null runs them for every
/// model, as the calibration tool needs.</param>
public sealed class EvidenceGatherer(ModelCatalog catalog, DigitShapes shapes, VerdictThresholds? thresholds = null)
{
    /// <summary>Evidence per requested model id, and how long each id's inference took (the ensemble's: its members'),
    /// the digit gate's included, since every answer waits for it.</summary>
    /// <exception cref="UnknownModelException">An id is unknown.</exception>
    /// <exception cref="ModelUnavailableException">A requested single model did not load.</exception>
    public (IReadOnlyDictionary<string, Evidence> Evidence, IReadOnlyDictionary<string, double> InferenceMs) Gather(
        ReadOnlySpan<float> digit, IReadOnlyCollection<string> modelIds)
    {
        var viewed = modelIds.Where(RunsViews).SelectMany(Constituents).ToHashSet();
        // The views batch starts with the digit itself, so a model without views reads just its first image.
        var batch = viewed.Count > 0 ? StabilityViews.Batch(digit) : digit.ToArray();
        var runs = new Dictionary<string, (float[] Rows, double Ms)>();
        foreach (var id in modelIds.SelectMany(Constituents).Distinct())
        {
            var clock = Stopwatch.StartNew();
            var rows = viewed.Contains(id)
                ? catalog.Get(id).Predict(batch, StabilityViews.Count)
                : catalog.Get(id).Predict(batch.AsMemory(0, DigitImage.PixelCount));
            runs[id] = (rows, clock.Elapsed.TotalMilliseconds);
        }

        var gateClock = Stopwatch.StartNew();
        var likeness = catalog.Gate?.Predict(batch.AsMemory(0, DigitImage.PixelCount))[GateContract.DigitClass];
        var gateMs = gateClock.Elapsed.TotalMilliseconds;
        var evidence = new Dictionary<string, Evidence>();
        var milliseconds = new Dictionary<string, double>();
        foreach (var id in modelIds)
        {
            var constituents = Constituents(id).ToList();
            evidence[id] = Combine([.. constituents.Select(c => runs[c].Rows)], id == ModelIds.Ensemble, RunsViews(id), digit, likeness);
            milliseconds[id] = constituents.Sum(c => runs[c].Ms) + gateMs;
        }

        return (evidence, milliseconds);
    }

    private bool RunsViews(string id) => id == ModelIds.Ensemble || thresholds is null || thresholds.For(id).MinStability > 0;

    /// <param name="outputs">Each model's probabilities for the image and, when <paramref name="withViews"/>, its views:
    /// [views, 10] flattened.</param>
    private Evidence Combine(IReadOnlyList<float[]> outputs, bool isEnsemble, bool withViews, ReadOnlySpan<float> digit, float? likeness)
    {
        // A member may have run with views for another requested id; without views only its first row counts.
        var views = EnsembleAverage.Of(withViews ? outputs : [.. outputs.Select(o => o[..10])]);
        // The ensemble answers with the mean over its views too; a single model answers as its graph does on the digit.
        var probabilities = isEnsemble ? EnsembleAverage.OverViews(views) : views[..10];
        var chosen = TensorPrimitives.IndexOfMax(probabilities);
        float? stability = null;
        if (withViews)
        {
            stability = 1f;
            for (var view = 1; view < StabilityViews.Count; view++)
            {
                stability = MathF.Min(stability.Value, views[(view * 10) + chosen]);
            }
        }

        var members = isEnsemble ? outputs.Select(o => o[..10]).ToList() : [];
        return new Evidence(probabilities, members, stability, shapes.Distance(digit, chosen), likeness);
    }

    /// <summary>The single models whose answers make up an id's answer.</summary>
    private IEnumerable<string> Constituents(string id) => catalog.Constituents(id).Select(m => m.Id);
}
