using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Export;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Tests.Training.Export;

public sealed class OnnxModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("onnx-file-").FullName;

    [Fact]
    public void SetMetadataAddsAnEntryAndKeepsTheOthers()
    {
        var path = ExportBasicCnn(new Dictionary<string, string> { ["trained_on"] = "mnist" });

        OnnxModelFile.SetMetadata(path, OnnxContract.ModelCardKey, """{"id":"basic-cnn"}""");

        var metadata = OnnxModelFile.ReadMetadata(path);
        Assert.Equal("""{"id":"basic-cnn"}""", metadata[OnnxContract.ModelCardKey]);
        Assert.Equal("mnist", metadata["trained_on"]);
        Assert.Equal("basic-cnn", metadata[OnnxExportFormat.ModelIdKey]);
    }

    [Fact]
    public void SetMetadataReplacesAnExistingValue()
    {
        var path = ExportBasicCnn(new Dictionary<string, string> { [OnnxContract.ModelCardKey] = "{}" });

        OnnxModelFile.SetMetadata(path, OnnxContract.ModelCardKey, """{"testAccuracy":99.1}""");

        var model = OnnxModelFile.Load(path);
        var entry = Assert.Single(model.MetadataProps, p => p.Key == OnnxContract.ModelCardKey);
        Assert.Equal("""{"testAccuracy":99.1}""", entry.Value);
    }

    [Fact]
    public void RewrittenModelStillRuns()
    {
        var path = ExportBasicCnn();

        OnnxModelFile.SetMetadata(path, OnnxContract.ModelCardKey, "{}");

        using var runner = new OnnxModelRunner(path);
        var (probabilities, _) = runner.Run(RandomNetworks.Images(2, seed: 1), 2);
        Assert.Equal(20, probabilities.Length);
        Assert.Equal("{}", runner.Session.ModelMetadata.CustomMetadataMap[OnnxContract.ModelCardKey]);
    }

    [Fact]
    public void SavingLeavesOnlyTheModelFile()
    {
        var path = ExportBasicCnn();

        OnnxModelFile.SetMetadata(path, "note", "rewritten");

        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void MissingFileIsReported()
    {
        var path = Path.Combine(folder, "absent.onnx");

        Assert.Throws<FileNotFoundException>(() => OnnxModelFile.SetMetadata(path, "note", "x"));
    }

    [Fact]
    public void FileThatIsNotAModelIsRejected()
    {
        var path = Path.Combine(folder, "garbage.onnx");
        File.WriteAllBytes(path, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);

        var error = Assert.Throws<InvalidDataException>(() => OnnxModelFile.ReadMetadata(path));

        Assert.Contains("not an ONNX model", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string ExportBasicCnn(IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var network = RandomNetworks.Create(Architecture.BasicCnnId, seed: 2);
        var path = Path.Combine(folder, "basic-cnn.onnx");
        OnnxExporter.Export(network, Architecture.BasicCnnId, path, metadata);
        return path;
    }
}
