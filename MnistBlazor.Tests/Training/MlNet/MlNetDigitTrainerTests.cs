using System.Numerics.Tensors;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.MlNet;

public sealed class MlNetDigitTrainerTests(SyntheticMlNetModel trained) : IClassFixture<SyntheticMlNetModel>
{
    [Fact]
    public void ScoreSlotKIsDigitKThoughTheImagesComeShuffled()
    {
        var (images, labels) = SevenSegmentDigits.Create(200, seed: 3);

        var predicted = trained.Model.PredictProbabilities(images).Select(row => TensorPrimitives.IndexOfMax(row)).ToArray();

        for (var digit = 0; digit < 10; digit++)
        {
            var ofDigit = Enumerable.Range(0, labels.Length).Where(i => labels[i] == digit).ToList();
            var right = ofDigit.Count(i => predicted[i] == digit);
            Assert.True(right >= 0.9 * ofDigit.Count, $"Digit {digit}: only {right} of {ofDigit.Count} predicted as {digit}.");
        }
    }

    [Fact]
    public async Task ValidationHoldsOutTheLastImages()
    {
        var (images, labels) = SevenSegmentDigits.Create(600, seed: 4);

        var validation = await MlNetDigitTrainer.ValidateAsync(images, labels, 150, SyntheticMlNetModel.QuickOptions);

        Assert.Equal(450, validation.TrainingCount);
        Assert.Equal(150, validation.ValidationCount);
        Assert.InRange(validation.Accuracy, 0.9, 1.0);
        Assert.InRange(validation.LogLoss, 0.0, 1.0);
        Assert.True(validation.TrainingTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task TrainingSetWithoutSomeDigitIsRefused()
    {
        var (images, labels) = SevenSegmentDigits.Create(100, seed: 5);
        var withoutSeven = labels.Select(l => l == 7 ? (byte)1 : l).ToArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => MlNetDigitTrainer.TrainAsync(images, withoutSeven, SyntheticMlNetModel.QuickOptions));

        Assert.Contains("no image of digit(s) 7", error.Message);
    }

    [Fact]
    public async Task LabelCountMustMatchImageCount()
    {
        var (images, labels) = SevenSegmentDigits.Create(100, seed: 6);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => MlNetDigitTrainer.TrainAsync(images, labels.AsMemory(0, 99), SyntheticMlNetModel.QuickOptions));

        Assert.Contains("99 labels for 100 images", error.Message);
    }

    [Fact]
    public async Task InvalidOptionIsNamed()
    {
        var (images, labels) = SevenSegmentDigits.Create(100, seed: 7);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => MlNetDigitTrainer.TrainAsync(images, labels, new MlNetDigitOptions { Leaves = 1 }));

        Assert.Equal(nameof(MlNetDigitOptions.Leaves), error.ParamName);
    }

    [Fact]
    public async Task CancelledTrainingDoesNotStart()
    {
        var (images, labels) = SevenSegmentDigits.Create(100, seed: 8);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => MlNetDigitTrainer.TrainAsync(images, labels, SyntheticMlNetModel.QuickOptions, cancellation.Token));
    }

    [Fact]
    public void ModelRecordsHowItWasTrained()
    {
        Assert.Equal(1000, trained.Model.TrainingCount);
        Assert.Equal(SyntheticMlNetModel.QuickOptions, trained.Model.Options);
        Assert.True(trained.Model.TrainingTime > TimeSpan.Zero);
    }
}
