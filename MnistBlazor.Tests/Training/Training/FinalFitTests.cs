using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Checkpoints;
using MnistBlazor.Training.Training.Schedules;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Training;

[Collection(TorchRandomness.Name)]
public sealed class FinalFitTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("final-fit-test-").FullName;

    private static TrainingOptions Options(int epochs) => new()
    {
        ModelId = Architecture.BasicCnnId,
        Epochs = epochs,
        BatchSize = 32,
        Patience = 0,
        MaxLearningRate = 0.02,
        Schedule = ScheduleKind.Step,
        Augmentation = AugmentationOptions.None,
        FinalFit = true,
    };

    [Fact]
    public void FinalFitRunsEveryEpochAndKeepsTheLastEpochsWeights()
    {
        using var set = TinyDigits.Create(96, seed: 8);
        var checkpoint = new Checkpoint(Path.Combine(_directory, "run"));
        random.manual_seed(5);
        using var model = Architecture.Create(Architecture.BasicCnnId);

        var result = new Trainer(Options(3)).Train(model, set, validation: null, checkpoint);

        Assert.Equal([1, 2, 3], result.History.Select(h => h.Epoch));
        Assert.All(result.History, h => Assert.Null(h.ValidationLoss));
        Assert.All(result.History, h => Assert.True(h.TrainLoss > 0));
        Assert.Equal(3, result.BestEpoch);
        Assert.Null(result.BestValidationAccuracy);
        Assert.False(result.StoppedEarly);
        // The checkpoint holds the live weights after the last epoch: the model handed back is exactly that.
        using var last = Architecture.Create(Architecture.BasicCnnId);
        using var optimizer = optim.AdamW(last.parameters());
        var (state, best, _) = checkpoint.Load(last, optimizer, Options(3).Fingerprint());
        Assert.Null(best);
        Assert.Equal(3, state.CompletedEpochs);
        foreach (var (name, weight) in model.state_dict())
        {
            Assert.True(weight.allclose(last.state_dict()[name], rtol: 0, atol: 0), $"{name} is not the last epoch's.");
        }
    }

    [Theory]
    [InlineData(4, ScheduleKind.OneCycle, 0.0, "early stopping (patience 4; use --patience 0)")]
    [InlineData(0, ScheduleKind.ReduceOnPlateau, 0.0, "the ReduceOnPlateau schedule")]
    [InlineData(0, ScheduleKind.OneCycle, 0.999, "a weight average")]
    public void FinalFitWithASettingThatNeedsValidationIsRefusedNamingIt(int patience, ScheduleKind schedule, double average, string named)
    {
        using var set = TinyDigits.Create(32, seed: 9);
        using var model = Architecture.Create(Architecture.BasicCnnId);
        var options = Options(1) with { Patience = patience, Schedule = schedule, WeightAverageDecay = average };

        var error = Assert.Throws<ArgumentException>(() => new Trainer(options).Train(model, set, validation: null));

        Assert.StartsWith("A final fit holds no validation digits out, so it cannot use ", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalFitIsPartOfTheFingerprintOnlyWhenOn()
    {
        var holdout = Options(2) with { FinalFit = false };

        Assert.DoesNotContain("final-fit", holdout.Fingerprint(), StringComparison.Ordinal);
        Assert.EndsWith("|final-fit", Options(2).Fingerprint(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
