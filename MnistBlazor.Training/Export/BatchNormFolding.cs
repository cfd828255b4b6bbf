using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Export;

/// <summary>Merges an eval-mode batch norm into the convolution before it, so the graph needs no BatchNormalization node.</summary>
internal static class BatchNormFolding
{
    /// <summary>Weight and bias of one convolution computing norm(conv(x)) with the norm's running statistics:
    /// w' = w * gamma / sqrt(var + eps), b' = beta + (b - mean) * gamma / sqrt(var + eps).</summary>
    public static (Tensor Weight, Tensor Bias) Fold(Conv2d convolution, BatchNorm2d norm)
    {
        if (norm.running_mean is null || norm.running_var is null)
        {
            throw new ArgumentException("The batch norm keeps no running statistics, so it cannot be folded.", nameof(norm));
        }
        if (norm.num_features != convolution.out_channels)
        {
            throw new ArgumentException(
                $"The batch norm has {norm.num_features} features but the convolution {convolution.out_channels} output channels.",
                nameof(norm));
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        // Double precision so folding adds no rounding beyond the final cast to float32.
        var mean = norm.running_mean.to_type(ScalarType.Float64);
        var gamma = norm.weight is null ? ones_like(mean) : norm.weight.to_type(ScalarType.Float64);
        var beta = norm.bias is null ? zeros_like(mean) : norm.bias.to_type(ScalarType.Float64);
        var convolutionBias = convolution.bias is null ? zeros_like(mean) : convolution.bias.to_type(ScalarType.Float64);
        var scale = gamma / sqrt(norm.running_var.to_type(ScalarType.Float64) + norm.eps);
        var weight = convolution.weight.to_type(ScalarType.Float64) * scale.reshape(-1, 1, 1, 1);
        var bias = beta + (convolutionBias - mean) * scale;
        return (weight.to_type(ScalarType.Float32).MoveToOuterDisposeScope(), bias.to_type(ScalarType.Float32).MoveToOuterDisposeScope());
    }
}
