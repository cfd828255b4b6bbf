using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>Two 3x3 conv + batch-norm layers with a skip connection (a 1x1 projection when the shape changes).</summary>
public sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly ConvBatchNorm first;
    private readonly ConvBatchNorm second;
    private readonly ConvBatchNorm? projection;

    public ResidualBlock(long inChannels, long outChannels, long stride) : base(nameof(ResidualBlock))
    {
        first = new ConvBatchNorm(inChannels, outChannels, 3, stride);
        second = new ConvBatchNorm(outChannels, outChannels, 3);
        projection = stride != 1 || inChannels != outChannels ? new ConvBatchNorm(inChannels, outChannels, 1, stride) : null;
        RegisterComponents();
    }

    internal ConvBatchNorm First => first;

    internal ConvBatchNorm Second => second;

    internal ConvBatchNorm? Projection => projection;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = nn.functional.relu(first.forward(input));
        x = second.forward(x);
        var skip = projection is null ? input : projection.forward(input);
        return nn.functional.relu(x + skip).MoveToOuterDisposeScope();
    }
}
