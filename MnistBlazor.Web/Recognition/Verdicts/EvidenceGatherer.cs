using System.Diagnostics;
using MnistBlazor.Web.Recognition.Catalog;

namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>Runs the models on a digit and its <see cref="StabilityViews"/> (one batched inference per model) and
/// collects the <see cref="Evidence"/> the verdict rule needs. Thread-safe.</summary>
public sealed class EvidenceGatherer(ModelCatalog catalog, DigitShapes shapes)
{
    /// <summary>Evidence per requested model id, and how long each id's inference took (the ensemble's: its members').</summary>
    /// <exception cref="UnknownModelException">An id is unknown.</exception>
    /// <exception cref="ModelUnavailableException">A requested single model did not load.</exception>
    public (IReadOnlyDictionary<string, Evidence> Evidence, IReadOnlyDictionary<string, double> InferenceMs) Gather(
        ReadOnlySpan<float> digit, IReadOnlyCollection<string> modelIds)
    {
        var batch = StabilityViews.Batch(digit);
        var runs = new Dictionary<string, (float[] Rows, double Ms)>();
        foreach (var id in modelIds.SelectMany(Constituents).Distinct())
        {
            var clock = Stopwatch.StartNew();
            var rows = catalog.Get(id).Predict(batch, StabilityViews.Count);
            runs[id] = (rows, clock.Elapsed.TotalMilliseconds);
        }

        var evidence = new Dictionary<string, Evidence>();
        var milliseconds = new Dictionary<string, double>();
        foreach (var id in modelIds)
        {
            var constituents = Constituents(id).ToList();
            evidence[id] = Combine([.. constituents.Select(c => runs[c].Rows)], id == ModelIds.Ensemble, digit);
            milliseconds[id] = constituents.Sum(c => runs[c].Ms);
        }

        return (evidence, milliseconds);
    }

    /// <param name="outputs">Each model's probabilities for the image and its views, [views, 10] flattened.</param>
    private Evidence Combine(IReadOnlyList<float[]> outputs, bool isEnsemble, ReadOnlySpan<float> digit)
    {
        var views = EnsembleAverage.Of(outputs);
        var probabilities = views[..10];
        var chosen = VerdictRule.ArgMax(probabilities);
        var stability = 1f;
        for (var view = 1; view < StabilityViews.Count; view++)
        {
            stability = MathF.Min(stability, views[(view * 10) + chosen]);
        }

        var members = isEnsemble ? outputs.Select(o => o[..10]).ToList() : [];
        return new Evidence(probabilities, members, stability, shapes.Distance(digit, chosen));
    }

    /// <summary>The single models whose answers make up an id's answer.</summary>
    private IEnumerable<string> Constituents(string id)
    {
        var status = catalog.Status(id);
        if (!status.IsAvailable)
        {
            throw new ModelUnavailableException(id, status.UnavailableReason ?? "it did not load");
        }

        return id == ModelIds.Ensemble ? catalog.EnsembleMembers.Select(m => m.Id) : [id];
    }
}
