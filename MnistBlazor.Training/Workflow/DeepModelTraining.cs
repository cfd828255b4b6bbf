using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Gate;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Checkpoints;
using MnistBlazor.Recognition.Catalog;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Workflow;

/// <summary>Trains one deep model: optional cross-validation, then the final run on the training set minus a
/// validation hold-out (or, for a final fit, on all of it); saves its best weights and a <see cref="TrainingSummary"/>
/// under checkpoints/&lt;id&gt;/.</summary>
public sealed class DeepModelTraining(WorkflowPaths paths, ITrainingReporter reporter)
{
    public (nn.Module<Tensor, Tensor> Model, TrainingSummary Summary) Train(
        TrainingData data, TrainingOptions options, int folds, bool resume, string command, CancellationToken cancellationToken)
    {
        var root = paths.CheckpointFor(options.ModelId);
        CrossValidationSummary? crossValidation = null;
        if (folds > 1)
        {
            var cvOptions = options with { Epochs = Math.Min(options.Epochs, ShippedSettings.CrossValidationEpochs) };
            crossValidation = new CrossValidation(cvOptions, Path.Combine(root, "cv"), k => reporter.Progress($"{options.ModelId} fold {k}/{folds}"))
                .Run(data.Train, folds, resume, cancellationToken);
            reporter.CrossValidationCompleted(options.ModelId, crossValidation);
        }

        var (train, validation) = options.FinalFit ? (data.All(), (DigitSet?)null) : data.Holdout(options.ValidationFraction, options.SplitSeed);
        // Cross-validation above compares settings on MNIST alone; the typed digits join the final run only.
        if (options.TypedDigits > 0)
        {
            using var mnistPart = train;
            using var typed = TypedDigits.Build(GateFonts.Load(), options.TypedDigits, (int)options.Seed);
            train = mnistPart.Concat(typed);
        }

        using (train)
        using (validation)
        {
            random.manual_seed(options.Seed);
            var model = Architecture.Create(options.ModelId);
            var tensorBoard = new TensorBoardLog(Path.Combine(paths.Runs, options.ModelId, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture)));
            var trainer = new Trainer(options, reporter.Progress(options.ModelId), tensorBoard);
            var result = trainer.Train(model, train, validation, new Checkpoint(Path.Combine(root, "run")), resume, cancellationToken);
            model.save(Path.Combine(root, TrainingSummary.WeightsFileName));
            var summary = new TrainingSummary(options.ModelId, options, result, crossValidation, command);
            summary.Save(root);
            return (model, summary);
        }
    }

    /// <summary>Loads the weights a previous <see cref="Train"/> saved.</summary>
    public (nn.Module<Tensor, Tensor> Model, TrainingSummary Summary) LoadTrained(string modelId)
    {
        var root = paths.CheckpointFor(modelId);
        var summary = TrainingSummary.Load(root);
        var model = Architecture.Create(modelId);
        model.load(Path.Combine(root, TrainingSummary.WeightsFileName));
        model.eval();
        return (model, summary);
    }
}
