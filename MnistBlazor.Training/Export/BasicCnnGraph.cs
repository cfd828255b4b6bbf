using MnistBlazor.Training.Architectures;

namespace MnistBlazor.Training.Export;

/// <summary>BasicCnn as ONNX: (Conv, Relu, MaxPool) x3, Flatten, Gemm, Relu, Gemm; dropout is an identity at inference.</summary>
internal static class BasicCnnGraph
{
    public static string Write(OnnxLayerWriter layers, BasicCnn network, string image)
    {
        var x = layers.Normalize(image);
        var convolutions = network.Convolutions;
        for (var i = 0; i < convolutions.Count; i++)
        {
            x = layers.MaxPool(layers.Relu(layers.Convolution(x, convolutions[i], $"conv{i + 1}")), 2);
        }
        x = layers.Flatten(x);
        var (fc1, fc2) = (network.FullyConnected[0], network.FullyConnected[1]);
        x = layers.Relu(layers.Linear(x, fc1, "fc1"));
        return layers.Linear(x, fc2, "fc2");
    }
}
