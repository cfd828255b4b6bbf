using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.MlNet;

public sealed class MlNetOnnxExportTests(SyntheticMlNetModel trained) : IClassFixture<SyntheticMlNetModel>
{
    [Fact]
    public void ExportedGraphGivesMlNetsOwnProbabilities()
    {
        var (images, _) = trained.Unseen;
        using var session = new InferenceSession(trained.OnnxPath);

        var fromOnnx = ContractSession.Probabilities(session, images);
        var fromMlNet = trained.Model.PredictProbabilities(images);

        var largestDifference = fromOnnx.Zip(fromMlNet).SelectMany(p => p.First.Zip(p.Second, (a, b) => Math.Abs(a - b))).Max();
        Assert.True(largestDifference < 1e-5f, $"ONNX and ML.NET probabilities differ by up to {largestDifference}.");
    }

    [Fact]
    public void ExportedGraphHasOnlyTheContractInputAndOutput()
    {
        using var session = new InferenceSession(trained.OnnxPath);

        var input = Assert.Single(session.InputMetadata);
        var output = Assert.Single(session.OutputMetadata);

        Assert.Equal("image", input.Key);
        Assert.Equal([-1, 1, 28, 28], input.Value.Dimensions);
        Assert.Equal("N", input.Value.SymbolicDimensions[0]);
        Assert.Equal("probabilities", output.Key);
        Assert.Equal([-1, 10], output.Value.Dimensions);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void ProbabilitiesSumToOneForAnyBatchSize(int batchSize)
    {
        using var session = new InferenceSession(trained.OnnxPath);

        var rows = ContractSession.Probabilities(session, trained.Unseen.Images, start: 3, count: batchSize);

        Assert.Equal(batchSize, rows.Length);
        Assert.All(rows, row => Assert.Equal(1f, row.Sum(), 1e-5f));
        Assert.All(rows, row => Assert.All(row, p => Assert.InRange(p, 0f, 1f)));
    }

    [Fact]
    public void ModelCardIsStoredInTheGraphMetadata()
    {
        var path = Path.Combine(trained.Folder, "with-card.onnx");
        MlNetOnnxExport.Export(trained.Model, path, """{"id":"mlnet","v":1}""");

        MlNetOnnxExport.SetModelCard(path, """{"id":"mlnet","v":2}""");

        using var session = new InferenceSession(path);
        Assert.Equal("""{"id":"mlnet","v":2}""", session.ModelMetadata.CustomMetadataMap["model_card"]);
    }

    [Fact]
    public void ExportOverAnEarlierFileLeavesNoTemporaryFiles()
    {
        var folder = Directory.CreateTempSubdirectory("mlnet-export-").FullName;
        try
        {
            var path = Path.Combine(folder, "mlnet.onnx");
            File.WriteAllText(path, "an older export");

            MlNetOnnxExport.Export(trained.Model, path);

            Assert.Equal([path], Directory.GetFiles(folder));
            using var session = new InferenceSession(path);
            Assert.Equal("image", Assert.Single(session.InputNames));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void GraphImportsOpset13AndTheMlDomain()
    {
        var graph = MlNetOnnxExport.ContractGraph(trained.Model);

        Assert.Equal(13, graph.OpsetImport.Single(o => o.Domain.Length == 0).Version);
        Assert.Contains(graph.OpsetImport, o => o.Domain == "ai.onnx.ml");
        Assert.DoesNotContain(graph.Graph.Node, n => n.OpType == "LabelEncoder");
    }

    [Fact]
    public void SmallTrainingExportsTheSoftmaxScoringOfTheFullOne()
    {
        // ML.NET would score a 1,000-image training with one-versus-all sigmoids and a 60,000-image one with softmax.
        var graph = MlNetOnnxExport.ContractGraph(trained.Model);

        Assert.Contains(graph.Graph.Node, n => n.OpType == "Exp");
        Assert.DoesNotContain(graph.Graph.Node, n => n.OpType == "Sigmoid");
    }

    [Fact]
    public void TreeNodesAreCountedAcrossAllDigits()
    {
        // 20 rounds x 10 digits, each tree with at most 8 leaves and so at most 15 nodes.
        var nodes = MlNetModelSize.TreeNodeCount(trained.OnnxPath);

        Assert.InRange(nodes, 20 * 10 * 1, 20 * 10 * 15);
    }
}
