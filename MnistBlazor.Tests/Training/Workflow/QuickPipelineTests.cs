using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Export;
using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition.Catalog;
using Spectre.Console.Testing;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Tests.Training.Workflow;

[Collection(TorchRandomness.Name)]
public sealed class QuickPipelineTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    private MnistPaths WriteSyntheticMnist()
    {
        var labels = Enumerable.Range(0, 1300).Select(i => (byte)(i % 10)).ToArray();
        File.WriteAllBytes(_root.File("train-images"), SyntheticMnist.Images(1300, 28, 28));
        File.WriteAllBytes(_root.File("train-labels"), SyntheticMnist.Labels(labels));
        File.WriteAllBytes(_root.File("test-images"), SyntheticMnist.Images(600, 28, 28));
        File.WriteAllBytes(_root.File("test-labels"), SyntheticMnist.Labels(labels[..600]));
        return new MnistPaths(_root.File("train-images"), _root.File("train-labels"), _root.File("test-images"), _root.File("test-labels"));
    }

    [Theory]
    [InlineData("basic-cnn")]
    [InlineData("mlnet")]
    public async Task QuickRunTrainsExportsAndScoresAGraphWithItsCard(string modelId)
    {
        var mnist = WriteSyntheticMnist();
        var paths = new WorkflowPaths(_root.Path);
        var pipeline = new ModelPipeline(paths, new TestConsole(), _ => Task.FromResult(mnist));

        var card = await pipeline.RunAsync(new PipelineRequest(modelId, Quick: true), CancellationToken.None);

        var quick = paths.ForQuickRuns();
        var onnx = Path.Combine(quick.Models, $"{modelId}.onnx");
        Assert.NotNull(card);
        Assert.Equal(modelId, card.Id);
        Assert.Equal(ModelPublisher.Sha256(onnx), card.OnnxSha256);
        Assert.Equal(card, ModelCard.FromJson(File.ReadAllText(Path.Combine(quick.Models, $"{modelId}.json"))), ModelCardComparer.Instance);
        Assert.InRange(card.TestAccuracy, 0, 100);
        Assert.Equal(ShippedSettings.QuickTestCount, card.ConfusionMatrix.Sum(row => row.Sum()));
        Assert.Contains(OnnxContract.ModelCardKey, OnnxModelFile.ReadMetadata(onnx).Keys);
        Assert.False(Directory.Exists(paths.Models), "A quick run must not touch the shipped models.");
        Assert.Empty(Directory.GetFiles(quick.Models, "*.new"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DeepRunRecordsAValidationCurveOnlyWhenItHoldsDigitsOut(bool finalFit)
    {
        var mnist = WriteSyntheticMnist();
        var pipeline = new ModelPipeline(new WorkflowPaths(_root.Path), new TestConsole(), _ => Task.FromResult(mnist));

        var card = await pipeline.RunAsync(new PipelineRequest("basic-cnn", Quick: true, FinalFit: finalFit), CancellationToken.None);

        var point = Assert.Single(card!.TrainingCurve);
        Assert.Equal(finalFit, point.ValidationLoss is null);
        Assert.Equal(finalFit, point.ValidationAccuracy is null);
        Assert.Equal(finalFit, card.Command.Contains("--final-fit true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FinalFitWithEarlyStoppingIsRefusedBeforeAnyDataIsFetched()
    {
        var pipeline = new ModelPipeline(new WorkflowPaths(_root.Path), new TestConsole(), _ => throw new InvalidOperationException("no data may be fetched"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            pipeline.RunAsync(new PipelineRequest("vgg", Patience: 3, FinalFit: true), CancellationToken.None));

        Assert.Contains("early stopping (patience 3; use --patience 0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsembleOfQuickMembersGetsACardNamingTheirHashes()
    {
        var mnist = WriteSyntheticMnist();
        var paths = new WorkflowPaths(_root.Path);
        var pipeline = new ModelPipeline(paths, new TestConsole(), _ => Task.FromResult(mnist));
        var member = await pipeline.RunAsync(new PipelineRequest("basic-cnn", Quick: true), CancellationToken.None);

        var ensemble = await pipeline.MeasureEnsembleAsync(quick: true, CancellationToken.None);

        Assert.NotNull(ensemble);
        Assert.Equal([new EnsembleMember("basic-cnn", member!.OnnxSha256)], ensemble.Members);
        Assert.Equal(ShippedSettings.QuickTestCount, ensemble.ConfusionMatrix.Sum(row => row.Sum()));
        Assert.True(File.Exists(Path.Combine(paths.ForQuickRuns().Models, EnsembleCardFile.Name)));
    }

    [Fact]
    public async Task WithoutPublishedMembersThereIsNoEnsembleCard()
    {
        var pipeline = new ModelPipeline(new WorkflowPaths(_root.Path), new TestConsole(), _ => throw new InvalidOperationException("no data needed"));

        Assert.Null(await pipeline.MeasureEnsembleAsync(quick: true, CancellationToken.None));
    }

    public void Dispose() => _root.Dispose();
}
