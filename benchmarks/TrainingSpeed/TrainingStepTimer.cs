using System.Diagnostics;
using MnistBlazor.Training.Architectures;
using TorchSharp;
using static TorchSharp.torch;

namespace MnistBlazor.Benchmarks.TrainingSpeed;

/// <summary>Times full training steps of the Basic CNN (forward, label-smoothed cross-entropy, backward, AdamW step,
/// loss read back) on random 28x28 batches: the work of an epoch without data loading or augmentation.</summary>
public static class TrainingStepTimer
{
    private const int DistinctBatches = 8;

    public static StepTimings Run(int steps, int warmup, int batch, int threads)
    {
        torch.set_num_threads(threads);
        torch.manual_seed(0);
        using var model = new BasicCnn();
        model.train();
        using var optimizer = optim.AdamW(model.parameters(), 3e-3, weight_decay: 1e-4);
        var images = Enumerable.Range(0, DistinctBatches).Select(_ => rand(batch, 1, 28, 28)).ToList();
        var labels = Enumerable.Range(0, DistinctBatches).Select(_ => randint(0, 10, [batch], dtype: ScalarType.Int64)).ToList();
        try
        {
            var timings = new List<double>(steps);
            for (var i = 0; i < warmup + steps; i++)
            {
                var clock = Stopwatch.StartNew();
                using (NewDisposeScope())
                {
                    optimizer.zero_grad();
                    var loss = nn.functional.cross_entropy(model.forward(images[i % DistinctBatches]), labels[i % DistinctBatches], label_smoothing: 0.05);
                    loss.backward();
                    optimizer.step();
                    _ = loss.item<float>();
                }

                if (i >= warmup)
                {
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            return new StepTimings(timings);
        }
        finally
        {
            images.ForEach(t => t.Dispose());
            labels.ForEach(t => t.Dispose());
        }
    }
}
