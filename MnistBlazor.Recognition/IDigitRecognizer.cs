using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;

namespace MnistBlazor.Recognition;

/// <summary>The one recognition path: the drawing pad, webcam, uploads, REST API and command line all call this.
/// Thread-safe; registered as a singleton.</summary>
public interface IDigitRecognizer
{
    /// <summary>Every model the app offers, the ensemble included, with availability and card.</summary>
    IReadOnlyList<ModelStatus> Models { get; }

    /// <summary>The digit gate that tells digits from letters and scribbles: loaded, or why not.</summary>
    ModelStatus DigitGate { get; }

    /// <summary>Preprocesses an encoded image (PNG, JPEG, BMP, GIF, WebP) and runs one model on it.</summary>
    /// <param name="limits">The limits of the image's source (a page's canvas is far smaller than an upload); null: an upload's.</param>
    /// <exception cref="ImageRejectedException">The bytes are not an acceptable image, or over the limits.</exception>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    /// <exception cref="ModelUnavailableException">The model exists but could not be loaded.</exception>
    RecognitionResult Recognize(ReadOnlySpan<byte> encodedImage, string modelId = ModelIds.Ensemble, DecodeLimits? limits = null);

    /// <summary>Runs one model on a picture already decoded by <see cref="DigitPreprocessor.Decode"/> (for callers that
    /// show the picture too, such as the upload grid's thumbnails: one decode serves both).</summary>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    /// <exception cref="ModelUnavailableException">The model exists but could not be loaded.</exception>
    RecognitionResult Recognize(Image decoded, string modelId = ModelIds.Ensemble);

    /// <summary>Preprocesses once and runs every available model (the ensemble included).</summary>
    IReadOnlyList<RecognitionResult> RecognizeWithEveryModel(ReadOnlySpan<byte> encodedImage, DecodeLimits? limits = null);

    /// <summary>Ten probabilities per digit of a batch already framed as 28x28, each the same as <see cref="Recognize(Image, string)"/>
    /// gives for that digit, in batched inference: for scoring test sets, calibration and benchmarks. No verdict, since
    /// those callers judge the probabilities themselves.</summary>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    /// <exception cref="ModelUnavailableException">The model exists but could not be loaded.</exception>
    IReadOnlyList<float[]> Probabilities(DigitBatch digits, string modelId = ModelIds.Ensemble);
}

/// <summary>The model ids; they name the files in models/, the API's model values and the UI's entries.</summary>
public static class ModelIds
{
    public const string BasicCnn = "basic-cnn";
    public const string ResNet = "resnet";
    public const string Vgg = "vgg";
    public const string MlNet = "mlnet";
    public const string Ensemble = "ensemble";

    public static IReadOnlyList<string> All { get; } = [Ensemble, BasicCnn, ResNet, Vgg, MlNet];

    /// <summary>The members the ensemble averages.</summary>
    public static IReadOnlyList<string> EnsembleMembers { get; } = [BasicCnn, ResNet, Vgg];
}

/// <summary>One model as the app sees it.</summary>
/// <param name="UnavailableReason">Why the model cannot be used (missing, corrupt or contract-breaking file); null when available.</param>
public sealed record ModelStatus(string Id, string DisplayName, bool IsAvailable, string? UnavailableReason, ModelCard? Card);

/// <summary>What the recognizer says about one image.</summary>
public enum Verdict
{
    /// <summary>A digit, confidently.</summary>
    Digit,
    /// <summary>Ink that does not look enough like any digit (scribbles, letters).</summary>
    Unsure,
    /// <summary>Nothing drawn or photographed: blank or near-blank input.</summary>
    NoDigit,
}

/// <summary>One model's answer for one image.</summary>
/// <param name="Digit">The digit, or null when the verdict is not <see cref="Verdict.Digit"/>.</param>
/// <param name="Probabilities">Ten class probabilities (empty when there was no digit).</param>
/// <param name="Seen">The 28x28 image the model saw (null when there was no digit).</param>
public sealed record RecognitionResult(
    string ModelId,
    Verdict Verdict,
    int? Digit,
    float Confidence,
    IReadOnlyList<float> Probabilities,
    DigitImage? Seen,
    PreprocessDiagnostics Diagnostics,
    double ElapsedMs);

public sealed class UnknownModelException(string modelId)
    : Exception($"Unknown model '{modelId}'; known models: {string.Join(", ", ModelIds.All)}.")
{
    public string ModelId { get; } = modelId;
}

public sealed class ModelUnavailableException(string modelId, string reason)
    : Exception($"Model '{modelId}' is unavailable: {reason}")
{
    public string ModelId { get; } = modelId;
    public string Reason { get; } = reason;
}
