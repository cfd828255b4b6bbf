using System.Text.Json.Serialization;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Web.Api;

/// <summary>One model's answer for one image, as POST /api/predict returns it.</summary>
/// <param name="Digit">The digit; null when the verdict is not "digit".</param>
/// <param name="Confidence">The top probability (0 when nothing was drawn).</param>
/// <param name="Probabilities">Ten probabilities, digit 0 first; empty when nothing was drawn.</param>
/// <param name="Verdict">"digit", "unsure" (ink that does not look enough like a digit) or "no-digit" (blank input).</param>
/// <param name="Preprocessed">With include=preprocessed: the 28x28 image the model saw, as a base64 PNG.</param>
public sealed record PredictionResponse(
    int? Digit,
    float Confidence,
    IReadOnlyList<float> Probabilities,
    string Model,
    string Verdict,
    double ElapsedMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Preprocessed)
{
    public static PredictionResponse From(RecognitionResult result, bool includePreprocessed) => new(
        result.Digit,
        result.Confidence,
        result.Probabilities,
        result.ModelId,
        VerdictNames.Of(result.Verdict),
        Math.Round(result.ElapsedMs, 3),
        includePreprocessed && result.Seen is { } seen ? Convert.ToBase64String(seen.ToPng()) : null);
}

/// <summary>Every available model's answer (model=all), the ensemble first.</summary>
public sealed record EveryModelResponse(IReadOnlyList<PredictionResponse> Results);
