using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.MlNet;

/// <summary>Writes a trained mlnet model as a contract ONNX graph (models/mlnet.onnx) and stamps its model card into it.</summary>
public static class MlNetOnnxExport
{
    public const string ModelCardKey = "model_card";

    /// <summary>Exports <paramref name="model"/> to <paramref name="path"/>, replacing any earlier file atomically.</summary>
    public static void Export(MlNetDigitModel model, string path, string? modelCardJson = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var graph = ContractGraph(model);
        if (modelCardJson is not null)
        {
            SetMetadata(graph, ModelCardKey, modelCardJson);
        }
        MlNetOnnxFile.WriteAtomically(graph, path);
    }

    /// <summary>Stores <paramref name="modelCardJson"/> as the graph's metadata_props "model_card", e.g. once the test-set
    /// figures are known; replaces an earlier card.</summary>
    public static void SetModelCard(string path, string modelCardJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelCardJson);
        var graph = MlNetOnnxFile.Read(path);
        SetMetadata(graph, ModelCardKey, modelCardJson);
        MlNetOnnxFile.WriteAtomically(graph, path);
    }

    internal static ModelProto ContractGraph(MlNetDigitModel model)
    {
        using var buffer = new MemoryStream();
        model.ConvertToOnnx(buffer);
        return MlNetContractGraph.Wrap(ModelProto.Parser.ParseFrom(buffer.ToArray()));
    }

    private static void SetMetadata(ModelProto model, string key, string value)
    {
        var existing = model.MetadataProps.Where(p => p.Key == key).ToList();
        existing.ForEach(p => model.MetadataProps.Remove(p));
        model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
    }
}
