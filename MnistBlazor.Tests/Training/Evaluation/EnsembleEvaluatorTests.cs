using System.Numerics.Tensors;
using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Evaluation;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Training.Evaluation;

/// <summary>The ensemble's card must score what the app answers: the same members, views and averaging.</summary>
public sealed class EnsembleEvaluatorTests : IDisposable
{
    private const int Digits = 40;

    private readonly ModelFolder folder = ModelFolder.WithEveryModel();

    [Fact]
    public void TheEnsembleIsScoredOnWhatTheAppsEnsembleAnswersForTheSameDigits()
    {
        var (images, labels) = RandomDigits();
        using var catalog = ModelCatalog.Load(folder.Path, new RecognitionOptions(), NullLogger.Instance);
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped, new VerdictThresholds());
        var appCorrect = 0;
        var appLogLoss = 0.0;
        for (var n = 0; n < Digits; n++)
        {
            var digit = images.Pixels.Skip(n * DigitImage.PixelCount).Take(DigitImage.PixelCount).Select(p => p / 255f).ToArray();
            var probabilities = gatherer.Gather(digit, [ModelIds.Ensemble]).Evidence[ModelIds.Ensemble].Probabilities;
            appCorrect += TensorPrimitives.IndexOfMax(probabilities) == labels[n] ? 1 : 0;
            appLogLoss -= Math.Log(Math.Max(probabilities[labels[n]], 1e-15));
        }

        var evaluation = EnsembleEvaluator.Evaluate([.. ModelIds.EnsembleMembers.Select(folder.GraphPath)], images, labels);

        Assert.Equal(Digits, evaluation.ImageCount);
        Assert.Equal((double)appCorrect / Digits, evaluation.Accuracy, 1e-12);
        Assert.Equal(appLogLoss / Digits, evaluation.LogLoss, 1e-6);
    }

    [Fact]
    public void ImagesOtherThan28By28AreRefused()
    {
        var images = new IdxImages(2, 32, 32, new byte[2 * 32 * 32]);

        var error = Assert.Throws<ArgumentException>(() =>
            EnsembleEvaluator.Evaluate([.. ModelIds.EnsembleMembers.Select(folder.GraphPath)], images, [1, 2]));

        Assert.Contains("28x28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberTheAppCannotLoadIsRefusedWithItsReason()
    {
        folder.Corrupt(ModelIds.Vgg);
        var (images, labels) = RandomDigits();

        var error = Assert.Throws<InvalidDataException>(() =>
            EnsembleEvaluator.Evaluate([.. ModelIds.EnsembleMembers.Select(folder.GraphPath)], images, labels));

        Assert.Contains("member vgg cannot be scored: vgg.onnx is not a loadable ONNX model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavingOutAMemberTheAppWouldAverageIsRefused()
    {
        var (images, labels) = RandomDigits();

        var error = Assert.Throws<InvalidDataException>(() =>
            EnsembleEvaluator.Evaluate([folder.GraphPath(ModelIds.BasicCnn), folder.GraphPath(ModelIds.ResNet)], images, labels));

        Assert.Contains("also holds vgg.onnx, which the app's ensemble averages too", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGraphNotNamedAsAMemberIsRefused()
    {
        var (images, labels) = RandomDigits();

        var error = Assert.Throws<ArgumentException>(() => EnsembleEvaluator.Evaluate([folder.GraphPath(ModelIds.MlNet)], images, labels));

        Assert.Contains("loads its members as <id>.onnx", error.Message, StringComparison.Ordinal);
    }

    private static (IdxImages Images, byte[] Labels) RandomDigits()
    {
        var random = new Random(7);
        var pixels = new byte[Digits * DigitImage.PixelCount];
        random.NextBytes(pixels);
        return (new IdxImages(Digits, DigitImage.Side, DigitImage.Side, pixels), [.. Enumerable.Range(0, Digits).Select(i => (byte)(i % 10))]);
    }

    public void Dispose() => folder.Dispose();
}
