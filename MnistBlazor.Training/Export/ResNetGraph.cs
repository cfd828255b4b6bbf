using MnistBlazor.Training.Architectures;

namespace MnistBlazor.Training.Export;

/// <summary>ResNet as ONNX: folded stem, residual blocks joined by Add, GlobalAveragePool, Flatten, Gemm.</summary>
internal static class ResNetGraph
{
    public static string Write(OnnxLayerWriter layers, ResNet network, string image)
    {
        var x = layers.Normalize(image);
        x = layers.Relu(layers.Convolution(x, network.Stem, "stem"));
        var blocks = network.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            x = WriteBlock(layers, blocks[i], x, $"blocks.{i}");
        }
        x = layers.Flatten(layers.GlobalAveragePool(x));
        return layers.Linear(x, network.Classifier, "classifier");
    }

    private static string WriteBlock(OnnxLayerWriter layers, ResidualBlock block, string input, string name)
    {
        var x = layers.Relu(layers.Convolution(input, block.First, $"{name}.first"));
        x = layers.Convolution(x, block.Second, $"{name}.second");
        var skip = block.Projection is null ? input : layers.Convolution(input, block.Projection, $"{name}.projection");
        return layers.Relu(layers.Add(x, skip, $"{name}.sum"));
    }
}
