using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;

namespace MnistBlazor.Recognition;

/// <summary>The recognizer without ASP.NET hosting, for the command line and tools: the same catalog, preprocessor and
/// recognizer classes the web app registers, owned by this object and disposed with it.</summary>
public sealed class StandaloneRecognizer : IDigitRecognizer, IDisposable
{
    private readonly ModelCatalog catalog;
    private readonly DigitRecognizer recognizer;

    private StandaloneRecognizer(ModelCatalog catalog, DigitRecognizer recognizer)
    {
        this.catalog = catalog;
        this.recognizer = recognizer;
    }

    /// <summary>The folder the models were loaded from.</summary>
    public string ModelsDirectory => catalog.Directory;

    public ModelCatalog Catalog => catalog;

    public IReadOnlyList<ModelStatus> Models => recognizer.Models;

    public ModelStatus DigitGate => recognizer.DigitGate;

    /// <param name="startDirectory">Where relative and default model folders are resolved from (see
    /// <see cref="Recognition.Catalog.ModelsDirectory.Resolve"/>).</param>
    public static StandaloneRecognizer Create(
        RecognitionOptions options, string startDirectory, ILoggerFactory loggerFactory, DigitPreprocessorOptions? preprocessing = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var directory = Recognition.Catalog.ModelsDirectory.Resolve(options.ModelsDirectory, startDirectory);
        var catalog = ModelCatalog.Load(directory, options, loggerFactory.CreateLogger<ModelCatalog>());
        var preprocessor = new DigitPreprocessor(Options.Create(preprocessing ?? new DigitPreprocessorOptions()));
        return new StandaloneRecognizer(catalog, new DigitRecognizer(catalog, preprocessor, Options.Create(options)));
    }

    public RecognitionResult Recognize(ReadOnlySpan<byte> encodedImage, string modelId = ModelIds.Ensemble, DecodeLimits? limits = null) =>
        recognizer.Recognize(encodedImage, modelId, limits);

    public RecognitionResult Recognize(Image decoded, string modelId = ModelIds.Ensemble) => recognizer.Recognize(decoded, modelId);

    public IReadOnlyList<RecognitionResult> RecognizeWithEveryModel(ReadOnlySpan<byte> encodedImage, DecodeLimits? limits = null) =>
        recognizer.RecognizeWithEveryModel(encodedImage, limits);

    public IReadOnlyList<float[]> Probabilities(DigitBatch digits, string modelId = ModelIds.Ensemble) =>
        recognizer.Probabilities(digits, modelId);

    public void Dispose() => catalog.Dispose();
}
