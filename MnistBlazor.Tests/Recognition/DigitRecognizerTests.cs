using System.Numerics.Tensors;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition;

/// <summary>The recognizer's plumbing on tiny random-weight graphs: which models run, how answers are combined and
/// when there is no answer at all.</summary>
public sealed class DigitRecognizerTests : IDisposable
{
    private static readonly byte[] Seven = DrawnDigits.Png(DigitSketch.Seven);

    private readonly ModelFolder folder = ModelFolder.WithEveryModel();

    [Fact]
    public void BlankCanvasIsNoDigitWithoutProbabilitiesOrImage()
    {
        using var catalog = Load();
        var recognizer = Recognizer(catalog);

        var result = recognizer.Recognize(DrawnDigits.BlankPng());

        Assert.Equal(Verdict.NoDigit, result.Verdict);
        Assert.Null(result.Digit);
        Assert.Empty(result.Probabilities);
        Assert.Null(result.Seen);
        Assert.Equal(0f, result.Confidence);
    }

    [Fact]
    public void EnsembleIsTheDefaultAndAveragesItsMembersOverTheDigitItSawAndItsViews()
    {
        using var catalog = Load();
        var recognizer = Recognizer(catalog);

        var ensemble = recognizer.Recognize(Seven);

        var views = StabilityViews.Batch(ensemble.Seen!.Pixels.Span);
        var members = ModelIds.EnsembleMembers.Select(id => catalog.Get(id).Predict(views, StabilityViews.Count)).ToList();
        var expected = EnsembleAverage.Answer(members);
        Assert.Equal(ModelIds.Ensemble, ensemble.ModelId);
        for (var digit = 0; digit < 10; digit++)
        {
            Assert.Equal(expected[digit], ensemble.Probabilities[digit], 5);
        }
    }

    [Fact]
    public void EveryModelAnswersOnceInCatalogOrderWithTheSameImage()
    {
        using var catalog = Load();
        var recognizer = Recognizer(catalog);

        var results = recognizer.RecognizeWithEveryModel(Seven);

        Assert.Equal(ModelIds.All, results.Select(r => r.ModelId));
        Assert.All(results, r => Assert.Same(results[0].Seen, r.Seen));
        Assert.Equal(recognizer.Recognize(Seven, ModelIds.MlNet).Probabilities, results[^1].Probabilities);
        Assert.All(results, r => Assert.True(r.ElapsedMs > 0));
    }

    [Fact]
    public void ConfidentAnswerIsADigitAndAnUncertainOneIsUnsure()
    {
        using var catalog = Load();
        var sure = Recognizer(catalog, Thresholds(0f));
        var strict = Recognizer(catalog, Thresholds(1f));

        var answered = sure.Recognize(Seven, ModelIds.Vgg);
        var declined = strict.Recognize(Seven, ModelIds.Vgg);

        Assert.Equal(Verdict.Digit, answered.Verdict);
        Assert.Equal(TensorPrimitives.IndexOfMax([.. answered.Probabilities]), answered.Digit);
        Assert.Equal(Verdict.Unsure, declined.Verdict);
        Assert.Null(declined.Digit);
        Assert.Equal(answered.Probabilities, declined.Probabilities);
    }

    [Fact]
    public void UnknownModelIsRefusedBeforeTheImageIsRead()
    {
        using var catalog = Load();

        var error = Assert.Throws<UnknownModelException>(() => Recognizer(catalog).Recognize([1, 2, 3], "lenet"));

        Assert.Equal("lenet", error.ModelId);
    }

    [Fact]
    public void UnavailableModelIsRefusedWithItsReason()
    {
        folder.Corrupt(ModelIds.Vgg);
        using var catalog = Load();

        var error = Assert.Throws<ModelUnavailableException>(() => Recognizer(catalog).Recognize(Seven, ModelIds.Vgg));

        Assert.StartsWith("vgg.onnx is not a loadable ONNX model", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectedImageIsReportedAsSuch()
    {
        using var catalog = Load();

        var error = Assert.Throws<ImageRejectedException>(() => Recognizer(catalog).Recognize(Seven.AsSpan(0, 100)));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    private ModelCatalog Load() => ModelCatalog.Load(folder.Path, new RecognitionOptions(), NullLogger.Instance);

    private static DigitRecognizer Recognizer(ModelCatalog catalog, VerdictThresholds? thresholds = null) => new(
        catalog, new DigitPreprocessor(), Options.Create(new RecognitionOptions { Verdict = thresholds ?? new VerdictThresholds() }));

    private static VerdictThresholds Thresholds(float confidence) => new()
    {
        Models = ModelIds.All.ToDictionary(id => id, _ => new ModelThresholds { MinConfidence = confidence }),
    };

    public void Dispose() => folder.Dispose();
}
