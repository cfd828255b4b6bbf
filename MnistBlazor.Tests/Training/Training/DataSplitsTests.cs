using MnistBlazor.Training.Data;
using MnistBlazor.Training.Workflow;

namespace MnistBlazor.Tests.Training.Training;

public sealed class DataSplitsTests
{
    [Fact]
    public void HoldoutIsDisjointAndCoversEveryDigit()
    {
        var (train, validation) = DataSplits.Holdout(1000, 0.1, seed: 42);

        Assert.Equal(100, validation.Length);
        Assert.Empty(train.Intersect(validation));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (long)i), train.Concat(validation).Order());
    }

    [Fact]
    public void FoldsValidateOnEachDigitExactlyOnce()
    {
        var folds = DataSplits.Folds(103, 5, seed: 1);

        Assert.Equal(5, folds.Count);
        Assert.Equal(Enumerable.Range(0, 103).Select(i => (long)i), folds.SelectMany(f => f.Validation).Order());
        Assert.All(folds, f => Assert.Empty(f.Train.Intersect(f.Validation)));
        Assert.All(folds, f => Assert.Equal(103, f.Train.Length + f.Validation.Length));
    }

    [Fact]
    public void SameSeedGivesTheSameSplitAndAnotherSeedAnother()
    {
        Assert.Equal(DataSplits.Holdout(500, 0.2, 7).Validation, DataSplits.Holdout(500, 0.2, 7).Validation);
        Assert.NotEqual(DataSplits.Holdout(500, 0.2, 7).Validation, DataSplits.Holdout(500, 0.2, 8).Validation);
    }

    [Fact]
    public void OneFoldIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSplits.Folds(100, 1, seed: 1));
    }

    [Fact]
    public void CrossValidationSummaryGivesMeanAndSampleStandardDeviation()
    {
        var summary = CrossValidation.Summarize([99.0, 99.2, 99.4]);

        Assert.Equal(3, summary.Folds);
        Assert.Equal(99.2, summary.MeanAccuracy, 6);
        Assert.Equal(0.2, summary.StdAccuracy, 6);
    }
}
