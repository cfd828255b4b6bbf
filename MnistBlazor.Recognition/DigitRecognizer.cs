using System.Diagnostics;
using Microsoft.Extensions.Options;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;
using SixLabors.ImageSharp;

namespace MnistBlazor.Recognition;

/// <summary>Preprocesses once, runs the model(s) on the 28x28 digit and gives a verdict; blank input is "no digit",
/// never a guess. Thread-safe: the catalog's sessions run concurrently and nothing here holds per-call state.</summary>
public sealed class DigitRecognizer(ModelCatalog catalog, DigitPreprocessor preprocessor, IOptions<RecognitionOptions> options)
    : IDigitRecognizer
{
    /// <summary>What <see cref="RecognizeWithEveryModel"/> reports as the model when none is available.</summary>
    public const string EveryModel = "all";

    private readonly EvidenceGatherer gatherer = new(catalog, DigitShapes.Shipped, options.Value.Verdict);
    private readonly VerdictRule rule = new(options.Value.Verdict);
    private readonly BatchInference batches = new(catalog);

    public IReadOnlyList<ModelStatus> Models => catalog.Models;

    public ModelStatus DigitGate => catalog.GateStatus;

    public RecognitionResult Recognize(ReadOnlySpan<byte> encodedImage, string modelId = ModelIds.Ensemble, DecodeLimits? limits = null)
    {
        EnsureAvailable(modelId);
        var clock = Stopwatch.StartNew();
        return Answer(preprocessor.Process(encodedImage, limits), clock, [modelId])[0];
    }

    public RecognitionResult Recognize(Image decoded, string modelId = ModelIds.Ensemble)
    {
        EnsureAvailable(modelId);
        var clock = Stopwatch.StartNew();
        return Answer(preprocessor.Process(decoded), clock, [modelId])[0];
    }

    public IReadOnlyList<RecognitionResult> RecognizeWithEveryModel(ReadOnlySpan<byte> encodedImage, DecodeLimits? limits = null)
    {
        var available = catalog.Models.Where(m => m.IsAvailable).Select(m => m.Id).ToList();
        if (available.Count == 0)
        {
            throw new ModelUnavailableException(EveryModel, "no model is available");
        }

        var clock = Stopwatch.StartNew();
        return Answer(preprocessor.Process(encodedImage, limits), clock, available);
    }

    public IReadOnlyList<float[]> Probabilities(DigitBatch digits, string modelId = ModelIds.Ensemble) =>
        batches.Probabilities(digits, modelId);

    private void EnsureAvailable(string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        var status = catalog.Status(modelId);
        if (!status.IsAvailable)
        {
            throw new ModelUnavailableException(modelId, status.UnavailableReason ?? "it did not load");
        }
    }

    /// <summary>Each model run once on one preprocessing; each answer's time is preprocessing (since
    /// <paramref name="clock"/> started) plus its own inference.</summary>
    private List<RecognitionResult> Answer(Preprocessed preprocessed, Stopwatch clock, List<string> modelIds)
    {
        var preprocessMs = clock.Elapsed.TotalMilliseconds;
        if (preprocessed.IsBlank)
        {
            return [.. modelIds.Select(id => new RecognitionResult(
                id, Verdict.NoDigit, null, 0f, [], null, preprocessed.Diagnostics, preprocessMs))];
        }

        var (evidence, inferenceMs) = gatherer.Gather(preprocessed.Digit.Pixels.Span, modelIds);
        return [.. modelIds.Select(id =>
        {
            var decision = rule.Decide(id, evidence[id]);
            return new RecognitionResult(
                id,
                decision.Verdict,
                decision.Verdict == Verdict.Digit ? decision.Digit : null,
                decision.Confidence,
                evidence[id].Probabilities,
                preprocessed.Digit,
                preprocessed.Diagnostics,
                preprocessMs + inferenceMs[id]);
        })];
    }
}
