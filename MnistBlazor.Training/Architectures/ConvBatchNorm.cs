using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>A bias-free convolution followed by batch normalisation; the exporter folds the two into one Conv.</summary>
public sealed class ConvBatchNorm : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly BatchNorm2d norm;

    public ConvBatchNorm(long inChannels, long outChannels, long kernel, long stride = 1)
        : base(nameof(ConvBatchNorm))
    {
        conv = nn.Conv2d(inChannels, outChannels, kernel, stride: stride, padding: kernel / 2, bias: false);
        norm = nn.BatchNorm2d(outChannels);
        RegisterComponents();
    }

    internal Conv2d Convolution => conv;

    internal BatchNorm2d Norm => norm;

    public override Tensor forward(Tensor input) => norm.forward(conv.forward(input));
}
