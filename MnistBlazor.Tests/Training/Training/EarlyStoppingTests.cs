using MnistBlazor.Training.Training;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Training;

[Collection(TorchRandomness.Name)]
public sealed class EarlyStoppingTests
{
    [Fact]
    public void BestEpochIsTheOneWithTheLowestValidationLossAndItsWeightsComeBack()
    {
        using var model = nn.Linear(2, 1);
        using var stopping = new EarlyStopping(patience: 3);
        var losses = new[] { 0.9, 0.4, 0.5, 0.6 };
        var weightsAtBest = 0f;
        for (var epoch = 1; epoch <= losses.Length; epoch++)
        {
            using (no_grad())
            {
                model.weight!.fill_(epoch);
            }
            if (stopping.Observe(epoch, losses[epoch - 1], model))
            {
                weightsAtBest = epoch;
            }
        }

        stopping.RestoreBest(model);

        Assert.Equal(2, stopping.BestEpoch);
        Assert.Equal(0.4, stopping.BestLoss);
        Assert.Equal(2f, weightsAtBest);
        Assert.All(model.weight!.data<float>().ToArray(), w => Assert.Equal(2f, w));
    }

    [Fact]
    public void StopsAfterPatienceEpochsWithoutImprovement()
    {
        using var model = nn.Linear(2, 1);
        using var stopping = new EarlyStopping(patience: 2);

        stopping.Observe(1, 1.0, model);
        stopping.Observe(2, 1.1, model);
        Assert.False(stopping.ShouldStop);
        stopping.Observe(3, 1.2, model);

        Assert.True(stopping.ShouldStop);
    }

    [Fact]
    public void ImprovementResetsThePatienceCount()
    {
        using var model = nn.Linear(2, 1);
        using var stopping = new EarlyStopping(patience: 2);

        stopping.Observe(1, 1.0, model);
        stopping.Observe(2, 1.1, model);
        stopping.Observe(3, 0.9, model);
        stopping.Observe(4, 1.0, model);

        Assert.False(stopping.ShouldStop);
        Assert.Equal(1, stopping.EpochsWithoutImprovement);
    }

    [Fact]
    public void ZeroPatienceNeverStops()
    {
        using var model = nn.Linear(2, 1);
        using var stopping = new EarlyStopping(patience: 0);

        for (var epoch = 1; epoch <= 5; epoch++)
        {
            stopping.Observe(epoch, epoch, model);
        }

        Assert.False(stopping.ShouldStop);
    }

    [Fact]
    public void TrainerEndsWithTheWeightsOfTheEpochWithTheLowestValidationLoss()
    {
        using var set = TinyDigits.Create(200, seed: 1);
        using var model = MnistBlazor.Training.Architectures.Architecture.Create("basic-cnn");
        // A high constant rate makes the loss jump about, so the last epoch is unlikely to be the best.
        var options = new TrainingOptions { ModelId = "basic-cnn", Epochs = 5, BatchSize = 50, Patience = 0, MaxLearningRate = 0.02, Schedule = MnistBlazor.Training.Training.Schedules.ScheduleKind.Step, Augmentation = AugmentationOptions.None };

        var result = new Trainer(options).Train(model, set, set);

        var best = result.History.Where(h => !double.IsNaN(h.ValidationLoss!.Value)).MinBy(h => h.ValidationLoss)!;
        Assert.Equal(best.Epoch, result.BestEpoch);
        Assert.Equal(best.ValidationLoss!.Value, MnistBlazor.Training.Training.ModelScoring.Score(model, set).Loss, 4);
    }
}
