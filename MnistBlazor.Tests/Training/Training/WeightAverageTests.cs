using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Training;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Training;

[Collection(TorchRandomness.Name)]
public sealed class WeightAverageTests
{
    [Fact]
    public void FirstUpdateMovesTheAverageMostOfTheWayBecauseTheDecayWarmsUp()
    {
        using var model = nn.Linear(3, 2);
        using var before = model.weight!.detach().clone();
        using var average = new WeightAverage(model, decay: 0.999);
        using (no_grad())
        {
            model.weight!.add_(1.0f);
        }

        average.Update(model);

        // After 0 updates the decay is min(0.999, 1/10) = 0.1: the average is 0.1 * old + 0.9 * new.
        using var expected = before * 0.1f + (before + 1.0f) * 0.9f;
        Assert.True(average.Weights["weight"].allclose(expected, rtol: 0, atol: 1e-6));
        Assert.Equal(1, average.Updates);
    }

    [Fact]
    public void LaterUpdatesUseTheConfiguredDecay()
    {
        using var model = nn.Linear(2, 1);
        using var average = new WeightAverage(model, decay: 0.5);
        for (var i = 0; i < 20; i++)
        {
            average.Update(model);
        }
        using var start = average.Weights["bias"].clone();
        using (no_grad())
        {
            model.bias!.add_(2.0f);
        }

        average.Update(model);

        // (1 + 20) / (10 + 20) = 0.7 is above 0.5, so 0.5 applies: halfway to the new bias.
        Assert.Equal(start.item<float>() + 1.0f, average.Weights["bias"].item<float>(), precision: 5);
    }

    [Fact]
    public void ApplyLoadsTheAverageAndDisposingPutsTheLiveWeightsBack()
    {
        using var model = nn.Linear(2, 2);
        using var average = new WeightAverage(model, decay: 0.9);
        using (no_grad())
        {
            model.weight!.fill_(5.0f);
        }
        using var live = model.weight!.detach().clone();

        using (average.Apply(model))
        {
            Assert.True(model.weight!.allclose(average.Weights["weight"]));
            Assert.False(model.weight!.allclose(live));
        }

        Assert.True(model.weight!.allclose(live));
    }

    [Fact]
    public void BatchNormStatisticsAreAveragedAndItsBatchCountIsCopied()
    {
        using var model = nn.BatchNorm1d(2);
        using var average = new WeightAverage(model, decay: 0.999);
        model.train();
        using (no_grad())
        {
            using var batch = tensor(new float[] { 10, 20, 12, 22 }, [2, 2]);
            using var output = model.forward(batch);
        }

        average.Update(model);

        Assert.Equal(1L, average.Weights["num_batches_tracked"].item<long>());
        // running_mean went from 0 to 0.1 * 11 = 1.1; the first update moves the average 0.9 of the way there.
        Assert.Equal(0.99f, average.Weights["running_mean"][0].item<float>(), precision: 4);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    public void DecayOutsideZeroToOneIsRefusedNamingTheValue(double decay)
    {
        using var model = nn.Linear(2, 2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WeightAverage(model, decay));

        Assert.Contains("decay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingWithAnAverageValidatesItAndKeepsTheLiveWeightsFiguresBeside()
    {
        using var set = TinyDigits.Create(96, seed: 6);
        random.manual_seed(5);
        using var model = Architecture.Create(Architecture.BasicCnnId);
        var options = new TrainingOptions { ModelId = Architecture.BasicCnnId, Epochs = 2, BatchSize = 32, Patience = 0, WeightAverageDecay = 0.9 };

        var result = new Trainer(options).Train(model, set, set);

        Assert.All(result.History, epoch =>
        {
            Assert.NotNull(epoch.LiveValidationLoss);
            Assert.NotEqual(epoch.ValidationLoss, epoch.LiveValidationLoss!.Value);
        });
        // The model handed back holds the best epoch's averaged weights, which score as that epoch was recorded.
        var (loss, _) = ModelScoring.Score(model, set);
        Assert.Equal(result.BestValidationLoss!.Value, loss, precision: 4);
    }
}
