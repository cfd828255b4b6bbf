using MnistBlazor.Training.Export.Onnx;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Gate;

namespace MnistBlazor.Tests.Recognition.Models;

/// <summary>A temporary models/ folder for plumbing tests: tiny random graphs with cards, and ways to spoil them.</summary>
internal sealed class ModelFolder : IDisposable
{
    public static readonly IReadOnlyList<string> FileModelIds = [ModelIds.BasicCnn, ModelIds.ResNet, ModelIds.Vgg, ModelIds.MlNet];

    public string Path { get; } = Directory.CreateTempSubdirectory("mnist-models-").FullName;

    /// <summary>Every model id with its own random linear graph and card, and a random linear digit gate.</summary>
    public static ModelFolder WithEveryModel()
    {
        var folder = new ModelFolder();
        for (var i = 0; i < FileModelIds.Count; i++)
        {
            folder.Write(FileModelIds[i], TinyGraphs.Linear(seed: i + 1));
            folder.WriteCard(FileModelIds[i]);
        }

        var gate = GateContract.PathIn(folder.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(gate)!);
        File.WriteAllBytes(gate, TinyGraphs.Bytes(TinyGraphs.Linear(seed: 99, classes: GateContract.ClassCount)));

        return folder;
    }

    public string GraphPath(string id) => System.IO.Path.Combine(Path, id + ".onnx");

    public string CardPath(string id) => System.IO.Path.Combine(Path, id + ".json");

    public void Write(string id, ModelProto model) => File.WriteAllBytes(GraphPath(id), TinyGraphs.Bytes(model));

    public void WriteCard(string id) => File.WriteAllText(CardPath(id), Card(id).ToJson());

    /// <summary>Overwrites the graph with bytes that are not a model.</summary>
    public void Corrupt(string id) => File.WriteAllBytes(GraphPath(id), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);

    public void Remove(string id) => File.Delete(GraphPath(id));

    public void RemoveGate() => File.Delete(GateContract.PathIn(Path));

    public static ModelCard Card(string id) => new()
    {
        Id = id,
        DisplayName = $"Tiny {id}",
        Architecture = "linear",
        ParameterCount = 7850,
        TestAccuracy = 12.34,
        Epochs = 1,
        TrainingSeconds = 1,
        ConfusionMatrix = [.. Enumerable.Range(0, 10).Select(_ => new int[10])],
        CreatedUtc = DateTimeOffset.UnixEpoch,
        OnnxSha256 = new string('0', 64),
        Command = "test",
    };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
