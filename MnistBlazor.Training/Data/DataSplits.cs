using static TorchSharp.torch;

namespace MnistBlazor.Training.Data;

/// <summary>Seeded splits of the training set. The MNIST test set never takes part: it is for the final score only.</summary>
public static class DataSplits
{
    /// <summary>A fixed permutation of 0..count-1 from <paramref name="seed"/>, independent of torch's global generator.</summary>
    public static long[] Permutation(long count, long seed)
    {
        using var generator = new Generator((ulong)seed);
        using var permutation = randperm(count, generator: generator);
        return permutation.data<long>().ToArray();
    }

    /// <summary>Holds out <paramref name="validationFraction"/> of the set for validation (early stopping, model selection).</summary>
    public static (long[] Train, long[] Validation) Holdout(long count, double validationFraction, long seed)
    {
        if (validationFraction <= 0 || validationFraction >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(validationFraction), validationFraction, "Must be between 0 and 1.");
        }
        var order = Permutation(count, seed);
        var validationCount = (int)Math.Round(count * validationFraction);
        return (order[validationCount..], order[..validationCount]);
    }

    /// <summary>K-fold splits: fold k validates on the k-th slice of a seeded permutation and trains on the rest.</summary>
    public static IReadOnlyList<(long[] Train, long[] Validation)> Folds(long count, int folds, long seed)
    {
        if (folds < 2 || folds > count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"Cross-validation needs between 2 and {count} folds.");
        }
        var order = Permutation(count, seed);
        var result = new List<(long[], long[])>(folds);
        for (var k = 0; k < folds; k++)
        {
            var start = (int)(count * k / folds);
            var end = (int)(count * (k + 1) / folds);
            result.Add(([.. order[..start], .. order[end..]], order[start..end]));
        }
        return result;
    }
}
