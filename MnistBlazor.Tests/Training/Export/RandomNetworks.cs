using MnistBlazor.Training.Architectures;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Export;

/// <summary>Untrained networks in eval mode whose batch norms carry non-trivial statistics and affine parameters,
/// so folding is exercised as it would be on a trained network.</summary>
internal static class RandomNetworks
{
    public static nn.Module<Tensor, Tensor> Create(string modelId, int seed)
    {
        manual_seed(seed);
        var network = Architecture.Create(modelId);
        using (no_grad())
        {
            network.train();
            for (var batch = 0; batch < 4; batch++)
            {
                using var scope = NewDisposeScope();
                network.forward(rand(16, 1, 28, 28));
            }
            foreach (var norm in network.modules().OfType<BatchNorm2d>())
            {
                norm.weight!.uniform_(0.5, 1.5);
                norm.bias!.uniform_(-0.2, 0.2);
            }
        }
        network.eval();
        return network;
    }

    /// <summary>Uniform 0..1 pixels, flattened NCHW.</summary>
    public static float[] Images(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count * 28 * 28).Select(_ => random.NextSingle())];
    }

    /// <summary>What the TorchSharp network itself predicts: softmax(forward(x)), flattened [N, 10].</summary>
    public static float[] Probabilities(nn.Module<Tensor, Tensor> network, float[] images, int count)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var logits = network.forward(tensor(images, [count, 1, 28, 28]));
        return nn.functional.softmax(logits, 1).data<float>().ToArray();
    }
}
