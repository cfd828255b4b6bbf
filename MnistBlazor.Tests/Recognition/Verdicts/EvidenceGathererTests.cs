using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Verdicts;

/// <summary>Which models run the stability views, on tiny random-weight graphs.</summary>
public sealed class EvidenceGathererTests : IDisposable
{
    private static readonly VerdictThresholds EnsembleChecksStability = new()
    {
        Models = new Dictionary<string, ModelThresholds>
        {
            [ModelIds.Ensemble] = new() { MinStability = 0.5f },
            [ModelIds.BasicCnn] = new() { MinStability = 0f },
            [ModelIds.ResNet] = new() { MinStability = 0f },
            [ModelIds.Vgg] = new() { MinStability = 0f },
            [ModelIds.MlNet] = new() { MinStability = 0f },
        },
    };

    private readonly ModelFolder folder = ModelFolder.WithEveryModel();
    private readonly float[] digit = new DigitPreprocessor().Process(DrawnDigits.Png(DigitSketch.Seven)).Digit!.Pixels.ToArray();

    [Fact]
    public void ModelWhoseThresholdsIgnoreStabilityRunsWithoutViews()
    {
        using var catalog = Load();
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped, EnsembleChecksStability);

        var evidence = gatherer.Gather(digit, [ModelIds.BasicCnn]).Evidence[ModelIds.BasicCnn];

        Assert.Null(evidence.Stability);
    }

    [Fact]
    public void EnsembleThatChecksStabilityGetsItAndItsMembersKeepTheirOwnAnswers()
    {
        using var catalog = Load();
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped, EnsembleChecksStability);
        var alone = gatherer.Gather(digit, [ModelIds.Vgg]).Evidence[ModelIds.Vgg];

        var together = gatherer.Gather(digit, [ModelIds.Ensemble, ModelIds.Vgg]).Evidence;

        Assert.InRange(together[ModelIds.Ensemble].Stability!.Value, 0f, 1f);
        Assert.Null(together[ModelIds.Vgg].Stability);
        Assert.Equal(alone.Probabilities, together[ModelIds.Vgg].Probabilities);
    }

    [Fact]
    public void WithoutThresholdsEveryModelGetsStabilityForCalibration()
    {
        using var catalog = Load();
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped);

        var evidence = gatherer.Gather(digit, ModelIds.All).Evidence;

        Assert.All(ModelIds.All, id => Assert.NotNull(evidence[id].Stability));
    }

    [Fact]
    public void EnsembleAnswersWithTheMeanOverItsMembersAndTheirViewsEvenWhenItsThresholdsIgnoreStability()
    {
        using var catalog = Load();
        var ignoresStability = new VerdictThresholds
        {
            Models = ModelIds.All.ToDictionary(id => id, _ => new ModelThresholds { MinStability = 0f }),
        };
        var gatherer = new EvidenceGatherer(catalog, DigitShapes.Shipped, ignoresStability);
        var batch = StabilityViews.Batch(digit);
        var members = catalog.EnsembleMembers.Select(m => m.Predict(batch, StabilityViews.Count)).ToList();

        var evidence = gatherer.Gather(digit, [ModelIds.Ensemble]).Evidence[ModelIds.Ensemble];

        Assert.Equal(EnsembleAverage.Answer(members), evidence.Probabilities);
        Assert.Equal(members.Select(m => m[..10]), evidence.Members);
    }

    private ModelCatalog Load() => ModelCatalog.Load(folder.Path, new RecognitionOptions(), NullLogger.Instance);

    public void Dispose() => folder.Dispose();
}
