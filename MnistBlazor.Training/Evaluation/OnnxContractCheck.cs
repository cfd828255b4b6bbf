using System.Globalization;
using Google.Protobuf;
using MnistBlazor.Training.Export.Onnx;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Checks before scoring that a file is an ONNX graph with the contract's names, so a wrong file fails
/// with its name and the reason instead of deep inside ONNX Runtime.</summary>
internal static class OnnxContractCheck
{
    public static void Require(string path)
    {
        var graph = ReadGraph(path);
        var initialised = graph.Initializer.Select(t => t.Name).ToHashSet();
        var inputs = graph.Input.Select(i => i.Name).Where(n => !initialised.Contains(n)).ToList();
        if (inputs is not [OnnxContract.InputName])
        {
            throw new InvalidDataException(
                $"{path}: the graph takes inputs [{string.Join(", ", inputs)}]; the contract is a single input '{OnnxContract.InputName}'.");
        }
        var output = graph.Output.FirstOrDefault(o => o.Name == OnnxContract.OutputName)
            ?? throw new InvalidDataException(
                $"{path}: the graph has no output '{OnnxContract.OutputName}' (outputs: {string.Join(", ", graph.Output.Select(o => o.Name))}).");
        RequireShape(path, graph.Input.Single(i => i.Name == OnnxContract.InputName), 1, OnnxContract.Side, OnnxContract.Side);
        RequireShape(path, output, OnnxContract.ClassCount);
    }

    /// <summary>Dimensions after the batch one must match where the graph declares them (undeclared ones are left to ONNX Runtime).</summary>
    private static void RequireShape(string path, ValueInfoProto value, params long[] afterBatch)
    {
        var dims = value.Type?.TensorType?.Shape?.Dim;
        if (dims is null)
        {
            return;
        }
        var fixedDims = dims.Skip(1).Select(d => d.HasDimValue ? d.DimValue.ToString(CultureInfo.InvariantCulture) : "?");
        var mismatch = dims.Count != afterBatch.Length + 1
            || dims.Skip(1).Zip(afterBatch).Any(p => p.First.HasDimValue && p.First.DimValue != p.Second);
        if (mismatch)
        {
            throw new InvalidDataException(
                $"{path}: '{value.Name}' has shape [N,{string.Join(",", fixedDims)}]; the contract is [N,{string.Join(",", afterBatch)}].");
        }
    }

    private static GraphProto ReadGraph(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"ONNX file {path} does not exist.", path);
        }
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"{path} is not an ONNX model: {e.Message}", e);
        }
        return model.Graph ?? throw new InvalidDataException($"{path} is not an ONNX model: it holds no graph.");
    }
}
