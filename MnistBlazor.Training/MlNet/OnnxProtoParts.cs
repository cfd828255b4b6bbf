using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.MlNet;

/// <summary>The few ONNX protobuf pieces the contract wrapper adds: float tensors with a symbolic batch dimension,
/// int64 constants and plain nodes.</summary>
internal static class OnnxProtoParts
{
    /// <summary>Symbolic name of the batch dimension, so any number of images can be scored at once.</summary>
    public const string BatchDimension = "N";

    public static ValueInfoProto FloatTensor(string name, params long[] dimensionsAfterBatch)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = BatchDimension });
        shape.Dim.AddRange(dimensionsAfterBatch.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
        var tensor = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape };
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = tensor } };
    }

    public static TensorProto Int64Vector(string name, params long[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values);
        return tensor;
    }

    public static NodeProto Node(string opType, string name, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }
}
