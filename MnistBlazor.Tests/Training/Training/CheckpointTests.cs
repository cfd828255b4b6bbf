using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Checkpoints;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Training;

[Collection(TorchRandomness.Name)]
public sealed class CheckpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkpoint-test-").FullName;

    private static TrainingOptions Options(int epochs, double weightAverage = 0, bool finalFit = false) => new()
    {
        ModelId = Architecture.BasicCnnId,
        Epochs = epochs,
        BatchSize = 32,
        Patience = 0,
        WeightAverageDecay = weightAverage,
        FinalFit = finalFit,
    };

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.95, false)]
    [InlineData(0.0, true)]
    public void ResumedRunEndsWithTheSameWeightsAsAnUninterruptedRun(double weightAverage, bool finalFit)
    {
        using var set = TinyDigits.Create(96, seed: 3);
        var validation = finalFit ? null : set;
        random.manual_seed(11);
        using var straight = Architecture.Create(Architecture.BasicCnnId);
        var straightResult = new Trainer(Options(3, weightAverage, finalFit)).Train(straight, set, validation, new Checkpoint(Path.Combine(_directory, "straight")));

        // The interrupted run: stopped by cancellation during epoch 2, so only epoch 1's checkpoint exists.
        var checkpoint = new Checkpoint(Path.Combine(_directory, "interrupted"));
        random.manual_seed(11);
        using (var first = Architecture.Create(Architecture.BasicCnnId))
        {
            var progress = new CancelAtEpoch(2);
            Assert.ThrowsAny<OperationCanceledException>(() =>
                new Trainer(Options(3, weightAverage, finalFit), progress).Train(first, set, validation, checkpoint, cancellationToken: progress.Token));
        }
        using var resumed = Architecture.Create(Architecture.BasicCnnId);
        var resumedResult = new Trainer(Options(3, weightAverage, finalFit)).Train(resumed, set, validation, checkpoint, resume: true);

        Assert.Equal(straightResult.History.Select(h => h.TrainLoss), resumedResult.History.Select(h => h.TrainLoss));
        Assert.Equal(straightResult.History.Select(h => h.ValidationLoss), resumedResult.History.Select(h => h.ValidationLoss));
        Assert.Equal(straightResult.BestEpoch, resumedResult.BestEpoch);
        foreach (var (name, weight) in straight.state_dict())
        {
            Assert.True(weight.allclose(resumed.state_dict()[name], rtol: 0, atol: 1e-6), $"{name} differs after resume.");
        }
    }

    [Fact]
    public void CheckpointMadeWithOtherSettingsIsRefusedNamingBoth()
    {
        using var set = TinyDigits.Create(64, seed: 4);
        var checkpoint = new Checkpoint(Path.Combine(_directory, "settings"));
        using var model = Architecture.Create(Architecture.BasicCnnId);
        new Trainer(Options(1)).Train(model, set, set, checkpoint);

        var error = Assert.Throws<InvalidOperationException>(() => new Trainer(Options(2)).Train(model, set, set, checkpoint, resume: true));

        Assert.Contains("epochs=1", error.Message, StringComparison.Ordinal);
        Assert.Contains("epochs=2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SavingLeavesOneCompleteCheckpointAndNoStagingFolder()
    {
        using var set = TinyDigits.Create(64, seed: 5);
        var folder = Path.Combine(_directory, "complete");
        using var model = Architecture.Create(Architecture.BasicCnnId);

        new Trainer(Options(2)).Train(model, set, set, new Checkpoint(folder));

        Assert.Equal(["best.bin", "model.bin", "optimizer.bin", "state.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([folder], Directory.GetDirectories(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed class CancelAtEpoch(int epoch) : ITrainingProgress, IDisposable
    {
        private readonly CancellationTokenSource _source = new();

        public CancellationToken Token => _source.Token;

        public void EpochStarted(int e, int totalEpochs, int steps)
        {
            if (e == epoch)
            {
                _source.Cancel();
            }
        }

        public void StepCompleted(int step, double loss)
        {
        }

        public void EpochCompleted(EpochMetrics metrics, bool isBest)
        {
        }

        public void Dispose() => _source.Dispose();
    }
}
