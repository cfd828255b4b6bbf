using MnistBlazor.Training.Data;
using MnistBlazor.Training.Data.Acquisition;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Workflow;

/// <summary>The MNIST training and test sets as tensors; --quick keeps small subsets.</summary>
public sealed class TrainingData : IDisposable
{
    private TrainingData(DigitSet train, DigitSet test)
    {
        Train = train;
        Test = test;
    }

    /// <summary>All 60,000 training digits (validation is held out of these, never from Test).</summary>
    public DigitSet Train { get; }

    /// <summary>The 10,000 test digits: used for the final score only.</summary>
    public DigitSet Test { get; }

    /// <summary>Reads the four verified IDX files.</summary>
    public static TrainingData Load(MnistPaths paths, bool quick)
    {
        var train = DigitSet.Load(paths.TrainImages, paths.TrainLabels);
        var test = DigitSet.Load(paths.TestImages, paths.TestLabels);
        if (!quick)
        {
            return new TrainingData(train, test);
        }
        using (train)
        using (test)
        {
            return new TrainingData(train.Take(ShippedSettings.QuickTrainCount), test.Take(ShippedSettings.QuickTestCount));
        }
    }

    /// <summary>A copy of all the training digits, for a final fit; the caller disposes it.</summary>
    public DigitSet All()
    {
        using var all = arange(Train.Count);
        return Train.Select(all);
    }

    public (DigitSet Train, DigitSet Validation) Holdout(double validationFraction, long seed)
    {
        var (train, validation) = DataSplits.Holdout(Train.Count, validationFraction, seed);
        using var trainIndices = tensor(train);
        using var validationIndices = tensor(validation);
        return (Train.Select(trainIndices), Train.Select(validationIndices));
    }

    public void Dispose()
    {
        Train.Dispose();
        Test.Dispose();
    }
}
