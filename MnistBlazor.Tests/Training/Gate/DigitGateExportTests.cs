using MnistBlazor.Tests.Training.Export;
using MnistBlazor.Training.Export;
using MnistBlazor.Recognition.Gate;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Gate;

[Collection(TorchRandomness.Name)]
public sealed class DigitGateExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gate-export-").FullName;

    [Fact]
    public void GateGraphPredictsWhatTheGateNetworkPredicts()
    {
        using var network = RandomNetworks.Create(GateContract.ModelId, seed: 21);
        var path = Path.Combine(folder, GateContract.FileName);
        OnnxExporter.Export(network, GateContract.ModelId, path, classCount: GateContract.ClassCount);
        var images = RandomNetworks.Images(6, seed: 22);

        using var runner = new OnnxModelRunner(path);
        var (actual, shape) = runner.Run(images, 6);
        var expected = RandomNetworks.Probabilities(network, images, 6);

        Assert.Equal([6L, 2L], shape);
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max() < 1e-4f);
        Assert.All(actual.Chunk(2), row => Assert.Equal(1f, row.Sum(), precision: 5));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
