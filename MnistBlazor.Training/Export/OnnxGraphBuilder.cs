using System.Runtime.InteropServices;
using Google.Protobuf;
using MnistBlazor.Training.Export.Onnx;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Export;

/// <summary>Collects the nodes, weights, input and output of one float32 graph; every node has one output named after it.</summary>
internal sealed class OnnxGraphBuilder
{
    private readonly GraphProto graph;
    private readonly HashSet<string> names = [];

    public OnnxGraphBuilder(string name)
    {
        graph = new GraphProto { Name = name };
    }

    public string AddInitializer(string name, Tensor values)
    {
        // raw_data is little-endian by definition; the float array is copied as it lies in memory.
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("ONNX weights can only be written on a little-endian machine.");
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var floats = values.detach().cpu().to_type(ScalarType.Float32).contiguous();
        var tensor = new TensorProto { Name = Claim(name), DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(floats.shape);
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(floats.data<float>().ToArray().AsSpan()));
        graph.Initializer.Add(tensor);
        return name;
    }

    public string AddScalar(string name, float value)
    {
        using var scalar = tensor(value);
        return AddInitializer(name, scalar);
    }

    public string AddNode(string opType, string name, IReadOnlyList<string> inputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = Claim(name) };
        node.Input.AddRange(inputs);
        node.Output.Add(name);
        node.Attribute.AddRange(attributes);
        graph.Node.Add(node);
        return name;
    }

    /// <summary>Declares a float32 graph input whose first dimension is the symbolic batch size.</summary>
    public string AddInput(string name, string batchDimension, params long[] dimensions)
    {
        graph.Input.Add(BatchedFloatTensor(Claim(name), batchDimension, dimensions));
        return name;
    }

    /// <summary>Declares an existing node output, shaped like <see cref="AddInput"/>, as a graph output.</summary>
    public void AddOutput(string name, string batchDimension, params long[] dimensions)
    {
        if (!names.Contains(name))
        {
            throw new InvalidOperationException($"The graph output '{name}' is not produced by any node.");
        }
        graph.Output.Add(BatchedFloatTensor(name, batchDimension, dimensions));
    }

    public GraphProto Build() => graph.Clone();

    private string Claim(string name) =>
        names.Add(name) ? name : throw new InvalidOperationException($"The graph already has a value named '{name}'.");

    private static ValueInfoProto BatchedFloatTensor(string name, string batchDimension, long[] dimensions)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = batchDimension });
        shape.Dim.AddRange(dimensions.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
        var type = new TypeProto
        {
            TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape },
        };
        return new ValueInfoProto { Name = name, Type = type };
    }
}
