using Microsoft.ML.OnnxRuntime.Tensors;
using MnistBlazor.Training.Export;
using Xunit.Abstractions;
using static TorchSharp.torch;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Tests.Training.Export;

[Collection(TorchRandomness.Name)]
public sealed class OnnxExporterTests(ExportedNetworks exported, ITestOutputHelper output) : IClassFixture<ExportedNetworks>
{
    private const float Tolerance = 1e-4f;

    public static TheoryData<string> Ids => ExportedNetworks.Ids;

    [Theory]
    [MemberData(nameof(Ids))]
    public void GraphPredictsWhatTheNetworkPredicts(string id)
    {
        var images = RandomNetworks.Images(8, seed: 3);
        var expected = RandomNetworks.Probabilities(exported.Network(id), images, 8);

        var (actual, _) = exported.Runner(id).Run(images, 8);

        Assert.Equal(expected.Length, actual.Length);
        var largestDifference = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        output.WriteLine($"{id}: largest |ONNX - TorchSharp| probability difference {largestDifference:E2}");
        Assert.True(largestDifference < Tolerance, $"{id}: largest difference {largestDifference:E2}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ProbabilityRowsSumToOne(string id)
    {
        var (probabilities, _) = exported.Runner(id).Run(RandomNetworks.Images(8, seed: 4), 8);

        foreach (var row in probabilities.Chunk(10))
        {
            Assert.Equal(1.0, row.Sum(), precision: 5);
            Assert.All(row, p => Assert.InRange(p, 0f, 1f));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void GraphRunsOnAnyBatchSize(string id)
    {
        var (single, singleShape) = exported.Runner(id).Run(RandomNetworks.Images(1, seed: 5), 1);
        var (five, fiveShape) = exported.Runner(id).Run(RandomNetworks.Images(5, seed: 5), 5);

        Assert.Equal([1L, 10L], singleShape);
        Assert.Equal([5L, 10L], fiveShape);
        // The first of the five images is the single image, and it must not depend on its batch mates.
        Assert.Equal(single, five[..10], (a, b) => Math.Abs(a - b) < 1e-6f);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void InputAndOutputFollowTheContract(string id)
    {
        var session = exported.Runner(id).Session;

        var input = Assert.Single(session.InputMetadata);
        var output = Assert.Single(session.OutputMetadata);

        Assert.Equal(OnnxContract.InputName, input.Key);
        Assert.Equal(TensorElementType.Float, input.Value.ElementDataType);
        Assert.Equal([-1, 1, 28, 28], input.Value.Dimensions);
        Assert.Equal(OnnxExportFormat.BatchDimension, input.Value.SymbolicDimensions[0]);
        Assert.Equal(OnnxContract.OutputName, output.Key);
        Assert.Equal(TensorElementType.Float, output.Value.ElementDataType);
        Assert.Equal([-1, 10], output.Value.Dimensions);
        Assert.Equal(OnnxExportFormat.BatchDimension, output.Value.SymbolicDimensions[0]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ModelDeclaresOpsetProducerAndMetadata(string id)
    {
        var model = OnnxModelFile.Load(exported.PathOf(id));

        Assert.Equal(OnnxExportFormat.IrVersion, model.IrVersion);
        Assert.Equal(OnnxExportFormat.OpsetVersion, Assert.Single(model.OpsetImport).Version);
        Assert.Equal(OnnxExportFormat.ProducerName, model.ProducerName);
        var metadata = exported.Runner(id).Session.ModelMetadata.CustomMetadataMap;
        Assert.Equal(ExportedNetworks.ModelCard, metadata[OnnxContract.ModelCardKey]);
        Assert.Equal(id, metadata[OnnxExportFormat.ModelIdKey]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void GraphUsesOnlyInferenceOperators(string id)
    {
        var model = OnnxModelFile.Load(exported.PathOf(id));

        var operators = model.Graph.Node.Select(n => n.OpType).ToHashSet();

        Assert.Subset(new HashSet<string> { "Sub", "Div", "Conv", "Relu", "MaxPool", "Add", "GlobalAveragePool", "Flatten", "Gemm", "Softmax" }, operators);
        Assert.Equal("Softmax", model.Graph.Node[^1].OpType);
    }

    [Fact]
    public void ResidualBlocksAreJoinedByAdd()
    {
        var model = OnnxModelFile.Load(exported.PathOf("resnet"));

        var operators = model.Graph.Node.Select(n => n.OpType).ToList();

        Assert.Equal(6, operators.Count(op => op == "Add"));
        Assert.Contains("GlobalAveragePool", operators);
        // Stem, two per block, and the two projections where channels or stride change.
        Assert.Equal(1 + 6 * 2 + 2, operators.Count(op => op == "Conv"));
    }

    [Fact]
    public void UnknownNetworkIsRejected()
    {
        using var network = nn.Sequential(nn.Flatten(), nn.Linear(784, 10));
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.onnx");

        var error = Assert.Throws<ArgumentException>(() => OnnxExporter.Export(network, "mystery", path));

        Assert.Contains("Sequential", error.Message);
        Assert.False(File.Exists(path));
    }
}
