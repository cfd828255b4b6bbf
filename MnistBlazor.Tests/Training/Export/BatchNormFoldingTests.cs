using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Export;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Export;

[Collection(TorchRandomness.Name)]
public sealed class BatchNormFoldingTests
{
    // Variances of the order of eps, so a wrong or missing eps shows.
    private static readonly float[] RunningVariances = [0.2f, 0.5f, 1.5f];
    private static readonly float[] RunningMeans = [-0.3f, 0.1f, 0.7f];

    [Fact]
    public void FoldedConvolutionComputesConvolutionThenNorm()
    {
        manual_seed(5);
        using var layer = new ConvBatchNorm(4, 8, 3, stride: 2);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        layer.train();
        layer.forward(randn(32, 4, 9, 9) * 3 + 1);
        layer.Norm.weight!.uniform_(0.5, 1.5);
        layer.Norm.bias!.uniform_(-1, 1);
        layer.eval();
        var input = randn(2, 4, 9, 9);

        var (weight, bias) = BatchNormFolding.Fold(layer.Convolution, layer.Norm);
        var folded = nn.functional.conv2d(input, weight, bias, strides: [2, 2], padding: [1, 1]);

        var expected = layer.forward(input);
        Assert.True(folded.allclose(expected, rtol: 0, atol: 1e-5), $"largest difference {(folded - expected).abs().max().item<float>()}");
    }

    [Fact]
    public void FoldingUsesTheNormsEpsilonAndTheConvolutionsBias()
    {
        manual_seed(6);
        using var convolution = nn.Conv2d(2, 3, 3, padding: 1);
        using var norm = nn.BatchNorm2d(3, eps: 0.5);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        norm.running_var!.copy_(tensor(RunningVariances));
        norm.running_mean!.copy_(tensor(RunningMeans));
        norm.eval();
        var input = randn(2, 2, 5, 5);

        var (weight, bias) = BatchNormFolding.Fold(convolution, norm);
        var folded = nn.functional.conv2d(input, weight, bias, padding: [1, 1]);

        var expected = norm.forward(convolution.forward(input));
        Assert.True(folded.allclose(expected, rtol: 0, atol: 1e-5), $"largest difference {(folded - expected).abs().max().item<float>()}");
    }

    [Fact]
    public void NormWithoutRunningStatisticsIsRejected()
    {
        using var convolution = nn.Conv2d(1, 4, 3, bias: false);
        using var norm = nn.BatchNorm2d(4, track_running_stats: false);

        var error = Assert.Throws<ArgumentException>(() => BatchNormFolding.Fold(convolution, norm));

        Assert.Contains("running statistics", error.Message);
    }
}
