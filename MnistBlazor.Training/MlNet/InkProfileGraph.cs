using MnistBlazor.Training.Evaluation;
using MnistBlazor.Training.Export.Onnx;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.MlNet;

/// <summary><see cref="InkProfile"/> as ONNX nodes (opset 13): AveragePool for the 4x4 blocks, ReduceSum for rows and columns.</summary>
internal static class InkProfileGraph
{
    private const string Prefix = "ink_profile_";

    /// <summary>Names this adds to the graph besides <paramref name="output"/>, to check they are free.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. new[] { "blocks", "blocks_flat", "rows", "rows_flat", "columns", "columns_flat", "row_axis", "column_axis", "flat_blocks_shape", "flat_line_shape" }
            .Select(n => Prefix + n)];

    public static void Add(GraphProto graph, string image, string output)
    {
        const int side = OnnxContract.Side;
        graph.Initializer.Add(OnnxProtoParts.Int64Vector(Prefix + "column_axis", 2));
        graph.Initializer.Add(OnnxProtoParts.Int64Vector(Prefix + "row_axis", 3));
        graph.Initializer.Add(OnnxProtoParts.Int64Vector(Prefix + "flat_blocks_shape", -1, InkProfile.BlocksPerSide * InkProfile.BlocksPerSide));
        graph.Initializer.Add(OnnxProtoParts.Int64Vector(Prefix + "flat_line_shape", -1, side));
        var blocks = OnnxProtoParts.Node("AveragePool", Prefix + "blocks", [image], [Prefix + "blocks"]);
        blocks.Attribute.Add(OnnxProtoParts.Ints("kernel_shape", InkProfile.Block, InkProfile.Block));
        blocks.Attribute.Add(OnnxProtoParts.Ints("strides", InkProfile.Block, InkProfile.Block));
        NodeProto[] nodes =
        [
            blocks,
            OnnxProtoParts.Node("Reshape", Prefix + "blocks_flat", [Prefix + "blocks", Prefix + "flat_blocks_shape"], [Prefix + "blocks_flat"]),
            Sum(image, Prefix + "rows", Prefix + "row_axis"),
            OnnxProtoParts.Node("Reshape", Prefix + "rows_flat", [Prefix + "rows", Prefix + "flat_line_shape"], [Prefix + "rows_flat"]),
            Sum(image, Prefix + "columns", Prefix + "column_axis"),
            OnnxProtoParts.Node("Reshape", Prefix + "columns_flat", [Prefix + "columns", Prefix + "flat_line_shape"], [Prefix + "columns_flat"]),
            Concat([Prefix + "blocks_flat", Prefix + "rows_flat", Prefix + "columns_flat"], output),
        ];
        for (var i = 0; i < nodes.Length; i++)
        {
            graph.Node.Insert(i, nodes[i]);
        }
    }

    /// <summary>Sums the image [N,1,28,28] over one axis: axis 3 (x) gives row ink, axis 2 (y) column ink, as [N,1,28].</summary>
    private static NodeProto Sum(string image, string output, string axis)
    {
        var node = OnnxProtoParts.Node("ReduceSum", output, [image, axis], [output]);
        node.Attribute.Add(OnnxProtoParts.Int("keepdims", 0));
        return node;
    }

    private static NodeProto Concat(string[] inputs, string output)
    {
        var node = OnnxProtoParts.Node("Concat", Prefix + "concat", inputs, [output]);
        node.Attribute.Add(OnnxProtoParts.Int("axis", 1));
        return node;
    }
}
