using MnistBlazor.Training.Architectures;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Export;

/// <summary>Writes TorchSharp layers as ONNX nodes; each method takes the name of its input value and returns its output's.
/// Weights are named after the layer (e.g. "conv1.weight"), activations after their input (e.g. "conv1.relu").</summary>
internal sealed class OnnxLayerWriter(OnnxGraphBuilder graph)
{
    /// <summary>The (x - mean) / std every network applies first, so the graph takes plain 0..1 pixels.</summary>
    public string Normalize(string input)
    {
        var mean = graph.AddScalar("normalization.mean", MnistNormalization.Mean);
        var stdDev = graph.AddScalar("normalization.std", MnistNormalization.StdDev);
        var centred = graph.AddNode("Sub", "normalization.centred", [input, mean]);
        return graph.AddNode("Div", "normalization", [centred, stdDev]);
    }

    public string Convolution(string input, Conv2d convolution, string name)
    {
        var weight = graph.AddInitializer($"{name}.weight", convolution.weight);
        if (convolution.bias is null)
        {
            return AddConv(convolution, name, [input, weight]);
        }
        var bias = graph.AddInitializer($"{name}.bias", convolution.bias);
        return AddConv(convolution, name, [input, weight, bias]);
    }

    /// <summary>A convolution and its batch norm as one Conv node (see <see cref="BatchNormFolding"/>).</summary>
    public string Convolution(string input, ConvBatchNorm layer, string name)
    {
        var (foldedWeight, foldedBias) = BatchNormFolding.Fold(layer.Convolution, layer.Norm);
        using (foldedWeight)
        using (foldedBias)
        {
            var weight = graph.AddInitializer($"{name}.weight", foldedWeight);
            var bias = graph.AddInitializer($"{name}.bias", foldedBias);
            return AddConv(layer.Convolution, name, [input, weight, bias]);
        }
    }

    /// <summary>A Linear layer: y = x W^T + b, with W stored [out, in] as TorchSharp keeps it.</summary>
    public string Linear(string input, Linear linear, string name)
    {
        var weight = graph.AddInitializer($"{name}.weight", linear.weight);
        var inputs = linear.bias is null
            ? new[] { input, weight }
            : [input, weight, graph.AddInitializer($"{name}.bias", linear.bias)];
        return graph.AddNode("Gemm", name, inputs, OnnxAttribute.Int("transB", 1));
    }

    public string Relu(string input) => graph.AddNode("Relu", $"{input}.relu", [input]);

    /// <summary>Non-overlapping max pooling, flooring odd sizes as max_pool2d(x, size) does (7x7 to 3x3).</summary>
    public string MaxPool(string input, long size) =>
        graph.AddNode("MaxPool", $"{input}.pool", [input],
            OnnxAttribute.Ints("kernel_shape", [size, size]), OnnxAttribute.Ints("strides", [size, size]));

    public string Add(string left, string right, string name) => graph.AddNode("Add", name, [left, right]);

    public string GlobalAveragePool(string input) => graph.AddNode("GlobalAveragePool", $"{input}.average", [input]);

    /// <summary>Keeps the batch dimension and flattens the rest in row-major order, like Tensor.flatten(1).</summary>
    public string Flatten(string input) => graph.AddNode("Flatten", $"{input}.flatten", [input], OnnxAttribute.Int("axis", 1));

    public string Softmax(string input, string name) => graph.AddNode("Softmax", name, [input], OnnxAttribute.Int("axis", 1));

    private string AddConv(Conv2d convolution, string name, string[] inputs)
    {
        if (convolution.padding is not [var height, var width] || convolution.padding_mode != PaddingModes.Zeros)
        {
            throw new NotSupportedException(
                $"Convolution '{name}' uses {convolution.padding_type?.ToString() ?? convolution.padding_mode.ToString()} padding; only explicit 2-D zero padding is exported.");
        }
        return graph.AddNode("Conv", name, inputs,
            OnnxAttribute.Ints("kernel_shape", convolution.kernel_size),
            OnnxAttribute.Ints("strides", convolution.stride),
            OnnxAttribute.Ints("dilations", convolution.dilation),
            OnnxAttribute.Ints("pads", [height, width, height, width]),
            OnnxAttribute.Int("group", convolution.groups));
    }
}
