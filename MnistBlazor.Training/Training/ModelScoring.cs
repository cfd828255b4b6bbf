using MnistBlazor.Training.Data;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>Mean cross-entropy and accuracy of a model on a digit set, in eval mode without gradients.</summary>
public static class ModelScoring
{
    public static (double Loss, double Accuracy) Score(nn.Module<Tensor, Tensor> model, DigitSet set, int batchSize = 1000)
    {
        model.eval();
        using var noGrad = no_grad();
        double lossSum = 0;
        long correct = 0;
        for (long start = 0; start < set.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(batchSize, set.Count - start);
            var logits = model.forward(set.Images.narrow(0, start, length));
            var labels = set.Labels.narrow(0, start, length);
            lossSum += nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum).item<float>();
            correct += logits.argmax(1).eq(labels).sum().item<long>();
        }
        return (lossSum / set.Count, (double)correct / set.Count);
    }

    /// <summary>Softmax probabilities [N,10] for every digit of the set.</summary>
    public static Tensor Probabilities(nn.Module<Tensor, Tensor> model, Tensor images, int batchSize = 1000)
    {
        model.eval();
        using var noGrad = no_grad();
        var parts = new List<Tensor>();
        for (long start = 0; start < images.shape[0]; start += batchSize)
        {
            var length = Math.Min(batchSize, images.shape[0] - start);
            using var logits = model.forward(images.narrow(0, start, length));
            parts.Add(nn.functional.softmax(logits, 1));
        }
        var all = cat(parts, 0);
        parts.ForEach(p => p.Dispose());
        return all;
    }
}
