using System.Globalization;

namespace MnistBlazor.Benchmarks.TrainingSpeed;

/// <summary>Wall-clock milliseconds of each timed training step.</summary>
public sealed record StepTimings(IReadOnlyList<double> Milliseconds)
{
    /// <summary>Steps in one epoch of the shipped training: 54,000 training images (MNIST less a 10% validation split)
    /// in batches of 128.</summary>
    public const int StepsPerEpoch = 422;

    public double Median => Milliseconds.Order().ElementAt(Milliseconds.Count / 2);

    public double Mean => Milliseconds.Average();

    /// <summary>From the median: on a shared machine the mean carries other processes' bursts.</summary>
    public double SecondsPerEpoch => Median * StepsPerEpoch / 1000;

    /// <summary>The same line the PyTorch script prints, so the two are read side by side.</summary>
    public string Report(string framework, int batch, int threads) => string.Create(CultureInfo.InvariantCulture,
        $"{framework}: {Milliseconds.Count} steps, batch {batch}, {threads} threads: median {Median:0.0} ms/step, mean {Mean:0.0} ms/step, {SecondsPerEpoch:0.0} s/epoch ({StepsPerEpoch} median steps)");
}
