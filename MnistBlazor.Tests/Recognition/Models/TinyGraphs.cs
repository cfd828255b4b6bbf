using Google.Protobuf;
using MnistBlazor.Training.Export;
using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Tests.Recognition.Models;

/// <summary>Small ONNX graphs written without TorchSharp (so no native load and no draw on torch's global generator):
/// a linear softmax classifier with seeded random weights that keeps the model contract, and ways to break it.</summary>
internal static class TinyGraphs
{
    private const int Pixels = 28 * 28;
    private const int Classes = 10;

    /// <summary>image [N,1,28,28] -> Flatten -> Gemm -> Softmax -> probabilities [N,10].</summary>
    public static ModelProto Linear(int seed, string inputName = "image", string outputName = "probabilities",
        bool softmax = true, int classes = Classes, string? card = null)
    {
        var random = new Random(seed);
        var graph = new GraphProto { Name = "tiny-linear" };
        graph.Input.Add(Tensor(inputName, 1, 28, 28));
        graph.Initializer.Add(Floats("weights", [Pixels, classes], Enumerable.Range(0, Pixels * classes).Select(_ => (random.NextSingle() - 0.5f) * 0.4f)));
        graph.Initializer.Add(Floats("bias", [classes], Enumerable.Range(0, classes).Select(_ => random.NextSingle() - 0.5f)));
        graph.Node.Add(Node("Flatten", [inputName], "flat", OnnxAttribute.Int("axis", 1)));
        graph.Node.Add(Node("Gemm", ["flat", "weights", "bias"], softmax ? "logits" : outputName));
        if (softmax)
        {
            graph.Node.Add(Node("Softmax", ["logits"], outputName, OnnxAttribute.Int("axis", 1)));
        }

        graph.Output.Add(Tensor(outputName, classes));
        var model = new ModelProto { IrVersion = 8, ProducerName = "MnistBlazor.Tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        if (card is not null)
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = "model_card", Value = card });
        }

        return model;
    }

    public static byte[] Bytes(ModelProto model) => model.ToByteArray();

    private static NodeProto Node(string op, string[] inputs, string output, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        return node;
    }

    private static TensorProto Floats(string name, long[] dims, IEnumerable<float> values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(values);
        return tensor;
    }

    private static ValueInfoProto Tensor(string name, params long[] dimensions)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        shape.Dim.AddRange(dimensions.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}
