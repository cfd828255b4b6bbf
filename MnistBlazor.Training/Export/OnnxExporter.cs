using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Export.Onnx;
using static TorchSharp.torch;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Export;

/// <summary>Turns a trained network into an ONNX graph meeting <see cref="OnnxContract"/>, as it computes in eval mode
/// (batch norms use their running statistics and are folded into convolutions; dropout is left out).</summary>
public static class OnnxExporter
{
    /// <summary>Writes the network to <paramref name="path"/> atomically. <paramref name="metadata"/> goes into
    /// metadata_props (e.g. <see cref="OnnxContract.ModelCardKey"/>); <see cref="OnnxExportFormat.ModelIdKey"/> is always set.</summary>
    /// <param name="classCount">Outputs: <see cref="OnnxContract.ClassCount"/> digits, or 2 for the digit gate.</param>
    public static void Export(nn.Module<Tensor, Tensor> module, string modelId, string path,
        IReadOnlyDictionary<string, string>? metadata = null, int classCount = OnnxContract.ClassCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        OnnxModelFile.Save(CreateModel(module, modelId, metadata ?? new Dictionary<string, string>(), classCount), path);
    }

    internal static ModelProto CreateModel(nn.Module<Tensor, Tensor> module, string modelId,
        IReadOnlyDictionary<string, string> metadata, int classCount = OnnxContract.ClassCount)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        var graph = new OnnxGraphBuilder(modelId);
        var image = graph.AddInput(OnnxContract.InputName, OnnxExportFormat.BatchDimension,
            1, OnnxContract.Side, OnnxContract.Side);
        var layers = new OnnxLayerWriter(graph);
        var logits = module switch
        {
            BasicCnn network => BasicCnnGraph.Write(layers, network, image),
            ResNet network => ResNetGraph.Write(layers, network, image),
            Vgg network => VggGraph.Write(layers, network, image),
            _ => throw new ArgumentException(
                $"No ONNX graph writer for {module.GetType().Name}; exportable: {nameof(BasicCnn)}, {nameof(ResNet)}, {nameof(Vgg)}.",
                nameof(module)),
        };
        layers.Softmax(logits, OnnxContract.OutputName);
        graph.AddOutput(OnnxContract.OutputName, OnnxExportFormat.BatchDimension, classCount);

        var model = new ModelProto
        {
            IrVersion = OnnxExportFormat.IrVersion,
            ProducerName = OnnxExportFormat.ProducerName,
            ProducerVersion = typeof(OnnxExporter).Assembly.GetName().Version?.ToString() ?? "",
            DocString = $"{Architecture.DisplayName(modelId)}: 0..1 MNIST pixels in, {classCount} class probabilities out.",
            Graph = graph.Build(),
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = OnnxExportFormat.OpsetVersion });
        OnnxModelFile.SetMetadata(model, OnnxExportFormat.ModelIdKey, modelId);
        foreach (var (key, value) in metadata)
        {
            OnnxModelFile.SetMetadata(model, key, value);
        }
        return model;
    }
}
