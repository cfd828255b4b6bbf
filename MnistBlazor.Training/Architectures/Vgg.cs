using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>VGG-style: three stages of two 3x3 conv + batch-norm + ReLU layers (32, 64, 128 channels), each ending in 2x2 max pooling, then two fully connected layers.</summary>
public sealed class Vgg : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<ConvBatchNorm> convolutions = nn.ModuleList(
        new ConvBatchNorm(1, 32, 3), new ConvBatchNorm(32, 32, 3),
        new ConvBatchNorm(32, 64, 3), new ConvBatchNorm(64, 64, 3),
        new ConvBatchNorm(64, 128, 3), new ConvBatchNorm(128, 128, 3));
    private readonly Linear fc1 = nn.Linear(128 * 3 * 3, 256);
    private readonly Dropout dropout = nn.Dropout(0.4);
    private readonly Linear fc2 = nn.Linear(256, 10);

    public Vgg() : base(nameof(Vgg))
    {
        RegisterComponents();
    }

    /// <summary>Convolutions per stage; a 2x2 max pool follows each pair.</summary>
    internal const int ConvolutionsPerStage = 2;

    internal IReadOnlyList<ConvBatchNorm> Convolutions => [.. convolutions];

    internal IReadOnlyList<Linear> FullyConnected => [fc1, fc2];

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = (input - MnistNormalization.Mean) / MnistNormalization.StdDev;
        for (var i = 0; i < convolutions.Count; i++)
        {
            x = nn.functional.relu(convolutions[i].forward(x));
            if (i % ConvolutionsPerStage == ConvolutionsPerStage - 1)
            {
                x = nn.functional.max_pool2d(x, 2);
            }
        }
        x = dropout.forward(nn.functional.relu(fc1.forward(x.flatten(1))));
        return fc2.forward(x).MoveToOuterDisposeScope();
    }
}
