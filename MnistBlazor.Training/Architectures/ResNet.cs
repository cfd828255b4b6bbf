using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>A small ResNet for 28x28 digits: a stem, three stages of two residual blocks (24, 48, 96 channels), global average pooling.</summary>
public sealed class ResNet : nn.Module<Tensor, Tensor>
{
    private readonly ConvBatchNorm stem = new(1, 24, 3);
    private readonly ModuleList<ResidualBlock> blocks = nn.ModuleList(
        new ResidualBlock(24, 24, 1), new ResidualBlock(24, 24, 1),
        new ResidualBlock(24, 48, 2), new ResidualBlock(48, 48, 1),
        new ResidualBlock(48, 96, 2), new ResidualBlock(96, 96, 1));
    private readonly Linear classifier = nn.Linear(96, 10);

    public ResNet() : base(nameof(ResNet))
    {
        RegisterComponents();
    }

    internal ConvBatchNorm Stem => stem;

    internal IReadOnlyList<ResidualBlock> Blocks => [.. blocks];

    internal Linear Classifier => classifier;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = (input - MnistNormalization.Mean) / MnistNormalization.StdDev;
        x = nn.functional.relu(stem.forward(x));
        foreach (var block in blocks)
        {
            x = block.forward(x);
        }
        x = nn.functional.adaptive_avg_pool2d(x, 1).flatten(1);
        return classifier.forward(x).MoveToOuterDisposeScope();
    }
}
