using System.Diagnostics;
using Microsoft.Extensions.Options;
using MnistBlazor.Web.Recognition.Catalog;
using MnistBlazor.Web.Recognition.Preprocessing;
using MnistBlazor.Web.Recognition.Verdicts;

namespace MnistBlazor.Web.Recognition;

/// <summary>Preprocesses once, runs the model(s) on the 28x28 digit and gives a verdict; blank input is "no digit",
/// never a guess. Thread-safe: the catalog's sessions run concurrently and nothing here holds per-call state.</summary>
public sealed class DigitRecognizer(ModelCatalog catalog, DigitPreprocessor preprocessor, IOptions<RecognitionOptions> options)
    : IDigitRecognizer
{
    /// <summary>What <see cref="RecognizeWithEveryModel"/> reports as the model when none is available.</summary>
    public const string EveryModel = "all";

    private readonly VerdictRule rule = new(options.Value.Verdict);

    public IReadOnlyList<ModelStatus> Models => catalog.Models;

    public RecognitionResult Recognize(ReadOnlySpan<byte> encodedImage, string modelId = ModelIds.Ensemble)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        var status = catalog.Status(modelId);
        if (!status.IsAvailable)
        {
            throw new ModelUnavailableException(modelId, status.UnavailableReason ?? "it did not load");
        }

        var clock = Stopwatch.StartNew();
        var preprocessed = preprocessor.Process(encodedImage);
        if (preprocessed.IsBlank)
        {
            return NoDigit(modelId, preprocessed, clock.Elapsed.TotalMilliseconds);
        }

        var members = modelId == ModelIds.Ensemble
            ? catalog.EnsembleMembers.Select(member => member.Predict(preprocessed.Digit.Pixels)).ToList()
            : [catalog.Get(modelId).Predict(preprocessed.Digit.Pixels)];
        return Answer(modelId, members, preprocessed, clock.Elapsed.TotalMilliseconds);
    }

    public IReadOnlyList<RecognitionResult> RecognizeWithEveryModel(ReadOnlySpan<byte> encodedImage)
    {
        var available = catalog.Models.Where(m => m.IsAvailable).Select(m => m.Id).ToList();
        if (available.Count == 0)
        {
            throw new ModelUnavailableException(EveryModel, "no model is available");
        }

        var clock = Stopwatch.StartNew();
        var preprocessed = preprocessor.Process(encodedImage);
        var preprocessMs = clock.Elapsed.TotalMilliseconds;
        if (preprocessed.IsBlank)
        {
            return [.. available.Select(id => NoDigit(id, preprocessed, preprocessMs))];
        }

        // Each model runs once; the ensemble reuses its members' answers, and each result's time is preprocessing plus
        // the inference behind it.
        var answers = new Dictionary<string, (float[] Probabilities, double Ms)>();
        foreach (var id in available.Where(id => id != ModelIds.Ensemble))
        {
            var inference = Stopwatch.StartNew();
            answers[id] = (catalog.Get(id).Predict(preprocessed.Digit.Pixels), inference.Elapsed.TotalMilliseconds);
        }

        return [.. available.Select(id =>
        {
            var memberIds = id == ModelIds.Ensemble ? catalog.EnsembleMembers.Select(m => m.Id).ToList() : [id];
            var ms = preprocessMs + memberIds.Sum(member => answers[member].Ms);
            return Answer(id, [.. memberIds.Select(member => answers[member].Probabilities)], preprocessed, ms);
        })];
    }

    private RecognitionResult Answer(string modelId, IReadOnlyList<float[]> members, Preprocessed preprocessed, double elapsedMs)
    {
        var isEnsemble = modelId == ModelIds.Ensemble;
        var probabilities = isEnsemble ? EnsembleAverage.Of(members) : members[0];
        var decision = rule.Decide(modelId, probabilities, isEnsemble ? members : []);
        return new RecognitionResult(
            modelId,
            decision.Verdict,
            decision.Verdict == Verdict.Digit ? decision.Digit : null,
            decision.Confidence,
            probabilities,
            preprocessed.Digit,
            preprocessed.Diagnostics,
            elapsedMs);
    }

    private static RecognitionResult NoDigit(string modelId, Preprocessed preprocessed, double elapsedMs) =>
        new(modelId, Verdict.NoDigit, null, 0f, [], null, preprocessed.Diagnostics, elapsedMs);
}
