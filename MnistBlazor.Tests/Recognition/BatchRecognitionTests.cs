using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition;

/// <summary>The batch entry point answers each digit as a recognition of that digit alone does, on tiny random-weight graphs.</summary>
public sealed class BatchRecognitionTests : IDisposable
{
    /// <summary>Batched and one-image ONNX calls may round differently in the last bits.</summary>
    private const float Tolerance = 1e-6f;

    private readonly ModelFolder folder = ModelFolder.WithEveryModel();

    public static TheoryData<string> EveryModel => [.. ModelIds.All];

    [Theory]
    [MemberData(nameof(EveryModel))]
    public void ABatchOfDrawnDigitsGetsTheProbabilitiesEachGetsWhenRecognizedAlone(string modelId)
    {
        using var catalog = Load();
        var recognizer = Recognizer(catalog);
        var alone = DrawnDigits.Known.Select(known => recognizer.Recognize(DrawnDigits.Png(known.Sketch), modelId)).ToList();

        var batched = recognizer.Probabilities(DigitBatch.Of([.. alone.Select(r => r.Seen!)]), modelId);

        Assert.Equal(alone.Count, batched.Count);
        for (var n = 0; n < alone.Count; n++)
        {
            AssertClose(alone[n].Probabilities, batched[n]);
        }
    }

    [Theory]
    [InlineData(ModelIds.Ensemble, (BatchInference.ImagesPerRun / 6) + 1)]
    [InlineData(ModelIds.Vgg, BatchInference.ImagesPerRun + 1)]
    public void ABatchLongerThanOneRunAnswersEveryDigitAsItIsAnsweredAlone(string modelId, int count)
    {
        using var catalog = Load();
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped, new VerdictThresholds());
        var random = new Random(11);
        var pixels = Enumerable.Range(0, count * DigitImage.PixelCount).Select(_ => random.NextSingle()).ToArray();

        var batched = Recognizer(catalog).Probabilities(new DigitBatch(pixels), modelId);

        Assert.Equal(count, batched.Count);
        foreach (var n in new[] { 0, 1, count / 2, count - 2, count - 1 })
        {
            var digit = pixels.AsSpan(n * DigitImage.PixelCount, DigitImage.PixelCount);
            AssertClose(gatherer.Gather(digit, [modelId]).Evidence[modelId].Probabilities, batched[n]);
        }
    }

    [Fact]
    public void AnUnknownModelIsRefusedForABatch()
    {
        using var catalog = Load();

        var error = Assert.Throws<UnknownModelException>(() =>
            Recognizer(catalog).Probabilities(new DigitBatch(new float[DigitImage.PixelCount]), "lenet"));

        Assert.Equal("lenet", error.ModelId);
    }

    [Fact]
    public void AnEnsembleWithoutMembersIsRefusedForABatchWithItsReason()
    {
        ModelIds.EnsembleMembers.ToList().ForEach(folder.Remove);
        using var catalog = Load();

        var error = Assert.Throws<ModelUnavailableException>(() =>
            Recognizer(catalog).Probabilities(new DigitBatch(new float[DigitImage.PixelCount])));

        Assert.Contains("none of its members", error.Reason, StringComparison.Ordinal);
    }

    internal static void AssertClose(IReadOnlyList<float> expected, IReadOnlyList<float> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var digit = 0; digit < expected.Count; digit++)
        {
            Assert.True(MathF.Abs(expected[digit] - actual[digit]) <= Tolerance,
                $"digit {digit}: {actual[digit]} in the batch, {expected[digit]} alone");
        }
    }

    private ModelCatalog Load() => ModelCatalog.Load(folder.Path, new RecognitionOptions(), NullLogger.Instance);

    private static DigitRecognizer Recognizer(ModelCatalog catalog) =>
        new(catalog, new DigitPreprocessor(), Options.Create(new RecognitionOptions()));

    public void Dispose() => folder.Dispose();
}
