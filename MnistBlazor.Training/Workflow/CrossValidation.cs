using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Checkpoints;
using MnistBlazor.Recognition.Catalog;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Workflow;

/// <summary>K-fold cross-validation on the training set: each fold trains a fresh model on K-1 parts and scores the
/// held-out part. Every fold checkpoints, so --resume continues an interrupted cross-validation.</summary>
public sealed class CrossValidation(TrainingOptions options, string checkpointRoot, Func<int, ITrainingProgress> progressForFold)
{
    public CrossValidationSummary Run(DigitSet train, int folds, bool resume, CancellationToken cancellationToken)
    {
        var accuracies = new List<double>(folds);
        var splits = DataSplits.Folds(train.Count, folds, options.SplitSeed);
        for (var k = 0; k < folds; k++)
        {
            using var trainIndices = tensor(splits[k].Train);
            using var validationIndices = tensor(splits[k].Validation);
            using var foldTrain = train.Select(trainIndices);
            using var foldValidation = train.Select(validationIndices);
            using var model = Architecture.Create(options.ModelId);
            var trainer = new Trainer(options with { Seed = options.Seed + k }, progressForFold(k + 1));
            var checkpoint = new Checkpoint(Path.Combine(checkpointRoot, $"fold-{k + 1}"));
            trainer.Train(model, foldTrain, foldValidation, checkpoint, resume, cancellationToken);
            var (_, accuracy) = ModelScoring.Score(model, foldValidation);
            accuracies.Add(Math.Round(accuracy * 100, 2));
        }
        return Summarize(accuracies);
    }

    /// <summary>Mean and sample standard deviation of the fold accuracies (percent).</summary>
    public static CrossValidationSummary Summarize(IReadOnlyList<double> accuracies)
    {
        var mean = accuracies.Average();
        var variance = accuracies.Count > 1 ? accuracies.Sum(a => (a - mean) * (a - mean)) / (accuracies.Count - 1) : 0;
        return new CrossValidationSummary(accuracies.Count, Math.Round(mean, 2), Math.Round(Math.Sqrt(variance), 2), accuracies);
    }
}
