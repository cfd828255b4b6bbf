using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.MlNet;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Training.Workflow;

/// <summary>Trains the ML.NET model on all training images with the settings chosen on a validation split, exports it
/// to the shared ONNX contract and publishes it with its card.</summary>
public sealed class MlNetModelTraining(ModelPublisher publisher)
{
    public const string Id = "mlnet";

    /// <summary>Chosen on the last 10,000 training images (see README); the test set played no part.</summary>
    public static MlNetDigitOptions ShippedOptions { get; } = new();

    public async Task<ModelCard> TrainAndPublishAsync(MnistPaths mnist, bool quick, string command, CancellationToken cancellationToken)
    {
        var (trainImages, trainLabels) = MnistSubsets.Train(mnist, quick);
        var (testImages, testLabels) = MnistSubsets.Test(mnist, quick);
        var options = quick ? ShippedOptions with { Iterations = 10 } : ShippedOptions;
        var model = await MlNetDigitTrainer.TrainAsync(trainImages, trainLabels, options, cancellationToken).ConfigureAwait(false);
        var staging = publisher.StagingPathFor(Id);
        MlNetOnnxExport.Export(model, staging);
        return publisher.Publish(Id, staging, testImages, testLabels, evaluation => new ModelCard
        {
            Id = Id,
            DisplayName = "ML.NET LightGBM",
            Architecture = $"ML.NET LightGBM multiclass on the 784 pixels: {options.Iterations} boosting rounds, {options.Leaves} leaves, learning rate {options.LearningRate}",
            ParameterCount = options.Iterations * 10L * (2 * options.Leaves - 1),
            TestAccuracy = evaluation.AccuracyPercent,
            TestLogLoss = Math.Round(evaluation.LogLoss, 4),
            Epochs = 1,
            TrainingSeconds = Math.Round(model.TrainingTime.TotalSeconds, 1),
            ConfusionMatrix = evaluation.ConfusionMatrix,
            PerClass = evaluation.PerClass,
            CreatedUtc = DateTimeOffset.UtcNow,
            OnnxSha256 = "",
            Command = command,
        }, cancellationToken);
    }
}
