using MnistBlazor.Training.Architectures;

namespace MnistBlazor.Training.Export;

/// <summary>Vgg as ONNX: folded Conv + Relu layers with a MaxPool after each stage, Flatten, Gemm, Relu, Gemm.</summary>
internal static class VggGraph
{
    public static string Write(OnnxLayerWriter layers, Vgg network, string image)
    {
        var x = layers.Normalize(image);
        var convolutions = network.Convolutions;
        for (var i = 0; i < convolutions.Count; i++)
        {
            x = layers.Relu(layers.Convolution(x, convolutions[i], $"convolutions.{i}"));
            if (i % Vgg.ConvolutionsPerStage == Vgg.ConvolutionsPerStage - 1)
            {
                x = layers.MaxPool(x, 2);
            }
        }
        x = layers.Flatten(x);
        var (fc1, fc2) = (network.FullyConnected[0], network.FullyConnected[1]);
        x = layers.Relu(layers.Linear(x, fc1, "fc1"));
        return layers.Linear(x, fc2, "fc2");
    }
}
