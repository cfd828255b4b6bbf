using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Export;
using static TorchSharp.torch;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Tests.Training.Export;

/// <summary>Each architecture exported once to a temporary folder, with its ONNX Runtime session, shared by a test class.</summary>
public sealed class ExportedNetworks : IDisposable
{
    public const string ModelCard = """{"id":"test","testAccuracy":99.5}""";

    private readonly string folder = Directory.CreateTempSubdirectory("onnx-export-").FullName;
    private readonly Dictionary<string, nn.Module<Tensor, Tensor>> networks = [];
    private readonly Dictionary<string, OnnxModelRunner> runners = [];

    public ExportedNetworks()
    {
        foreach (var id in Architecture.DeepModelIds)
        {
            networks[id] = RandomNetworks.Create(id, seed: 17);
            var path = PathOf(id);
            OnnxExporter.Export(networks[id], id, path, new Dictionary<string, string> { [OnnxContract.ModelCardKey] = ModelCard });
            runners[id] = new OnnxModelRunner(path);
        }
    }

    public static TheoryData<string> Ids => [.. Architecture.DeepModelIds];

    public string PathOf(string id) => Path.Combine(folder, $"{id}.onnx");

    public nn.Module<Tensor, Tensor> Network(string id) => networks[id];

    internal OnnxModelRunner Runner(string id) => runners[id];

    public void Dispose()
    {
        foreach (var runner in runners.Values)
        {
            runner.Dispose();
        }
        foreach (var network in networks.Values)
        {
            network.Dispose();
        }
        Directory.Delete(folder, recursive: true);
    }
}
