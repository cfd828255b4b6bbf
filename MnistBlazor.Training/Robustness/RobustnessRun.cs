using MnistBlazor.Recognition;
using MnistBlazor.Training.Data;

namespace MnistBlazor.Training.Robustness;

/// <summary>
/// Scores the recognizer on MNIST test digits under each condition: every digit becomes the condition's picture and is
/// given to the app's own recognizer as an upload would be (preprocessing, every model, verdicts), so the figures are
/// what a user sending such a picture would get. Each digit's changes come from a seed of its own (the run's, the
/// condition's name and the digit's index), so a run repeats and a condition's pictures do not depend on the others.
/// </summary>
public sealed class RobustnessRun(IDigitRecognizer recognizer, int seed, int parallelism)
{
    public RobustnessTally Score(IReadOnlyList<RobustnessCondition> conditions, IdxImages images, byte[] labels, int count,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (images.Rows != 28 || images.Columns != 28)
        {
            throw new ArgumentException($"MNIST-C corrupts 28x28 digits; these images are {images.Columns}x{images.Rows}.", nameof(images));
        }

        var digits = Math.Min(count, images.Count);
        var tally = new RobustnessTally();
        foreach (var condition in conditions)
        {
            var conditionSeed = seed + StableHash(condition.Name);
            Parallel.For(0, digits, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, n =>
            {
                var digit = images.Pixels.AsSpan(n * 784, 784).ToArray();
                var picture = condition.Picture(digit, new Random(conditionSeed + n));
                foreach (var result in recognizer.RecognizeWithEveryModel(picture))
                {
                    tally.Add(condition.Name, labels[n], result);
                }
            });
            progress?.Report($"{condition.Name}: {digits} digits");
        }

        return tally;
    }

    /// <summary>FNV-1a of the name: a condition's pictures stay the same when other conditions are added or reordered
    /// (string.GetHashCode differs from run to run).</summary>
    private static int StableHash(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
