using System.Diagnostics;
using Microsoft.ML;
using MnistBlazor.Training.Data;

namespace MnistBlazor.Training.MlNet;

/// <summary>Accuracy of ML.NET's predictions on images held out from training.</summary>
public sealed record MlNetValidation(int TrainingCount, int ValidationCount, double Accuracy, double LogLoss, TimeSpan TrainingTime);

/// <summary>Trains the mlnet model (LightGBM on the 784 pixels and their ink profile) and measures settings on a held-out split.</summary>
public static class MlNetDigitTrainer
{
    public static Task<MlNetDigitModel> TrainAsync(
        IdxImages images, ReadOnlyMemory<byte> labels, MlNetDigitOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        MlNetDigitData.RequireTrainingSet(images, labels);
        return Task.Run(() => Train(images, labels, options, cancellationToken), cancellationToken);
    }

    /// <summary>Trains on all but the last <paramref name="validationCount"/> images and measures on those: how settings are chosen
    /// without looking at the test set.</summary>
    public static async Task<MlNetValidation> ValidateAsync(
        IdxImages images, ReadOnlyMemory<byte> labels, int validationCount, MlNetDigitOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        MlNetDigitData.RequireTrainingSet(images, labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(validationCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(validationCount, images.Count);
        var trainingCount = images.Count - validationCount;
        var model = await TrainAsync(
            MlNetDigitData.Slice(images, 0, trainingCount), labels[..trainingCount], options, cancellationToken).ConfigureAwait(false);
        var (accuracy, logLoss) = model.Measure(
            MlNetDigitData.Slice(images, trainingCount, validationCount), labels[trainingCount..]);
        return new MlNetValidation(trainingCount, validationCount, accuracy, logLoss, model.TrainingTime);
    }

    private static MlNetDigitModel Train(IdxImages images, ReadOnlyMemory<byte> labels, MlNetDigitOptions options, CancellationToken cancellationToken)
    {
        var ml = new MLContext(options.Seed);
        var stopwatch = Stopwatch.StartNew();
        // ML.NET 5 has no public way to stop LightGBM's boosting loop, so cancellation is honoured while the rows are read and after the fit.
        var data = ml.Data.LoadFromEnumerable(MlNetDigitData.Rows(images, labels, cancellationToken));
        var pipeline = MlNetDigitPipeline.Create(ml, options).Fit(data);
        cancellationToken.ThrowIfCancellationRequested();
        return new MlNetDigitModel(ml, pipeline, options, images.Count, stopwatch.Elapsed);
    }
}
