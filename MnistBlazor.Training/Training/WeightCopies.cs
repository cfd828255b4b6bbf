using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>Name-to-tensor copies of a model's weights (a state dict) held outside any dispose scope: the best epoch's
/// weights, the weight average, the live weights set aside while the average is scored.</summary>
internal static class WeightCopies
{
    /// <summary>Detached copies of every tensor, owned by the caller until <see cref="Dispose"/>.</summary>
    public static Dictionary<string, Tensor> Of(IEnumerable<KeyValuePair<string, Tensor>> weights) =>
        weights.ToDictionary(kv => kv.Key, kv => kv.Value.detach().clone().DetachFromDisposeScope());

    public static void Dispose(IReadOnlyDictionary<string, Tensor>? weights)
    {
        foreach (var tensor in weights?.Values ?? [])
        {
            tensor.Dispose();
        }
    }
}
