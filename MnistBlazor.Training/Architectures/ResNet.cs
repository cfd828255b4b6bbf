using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>A small ResNet for 28x28 digits: a stem, three stages of two residual blocks (16, 32, 64 channels), global average pooling.</summary>
public sealed class ResNet : nn.Module<Tensor, Tensor>
{
    private readonly ConvBatchNorm stem = new(1, 16, 3);
    private readonly ModuleList<ResidualBlock> blocks = nn.ModuleList(
        new ResidualBlock(16, 16, 1), new ResidualBlock(16, 16, 1),
        new ResidualBlock(16, 32, 2), new ResidualBlock(32, 32, 1),
        new ResidualBlock(32, 64, 2), new ResidualBlock(64, 64, 1));
    private readonly Linear classifier = nn.Linear(64, 10);

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
