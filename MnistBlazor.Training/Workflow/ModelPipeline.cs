using System.Diagnostics;
using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Commands;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Export;
using MnistBlazor.Training.Training;
using MnistBlazor.Recognition.Catalog;
using Spectre.Console;

namespace MnistBlazor.Training.Workflow;

/// <summary>Train, export and evaluate one model: what `train` runs, and the verb-less command runs for every model.</summary>
public sealed class ModelPipeline(WorkflowPaths paths, IAnsiConsole console, Func<CancellationToken, Task<MnistPaths>> acquireMnist)
{
    public const string MlNetId = MlNetModelTraining.Id;

    public static IReadOnlyList<string> TrainableIds { get; } = [.. Architecture.DeepModelIds, MlNetId];

    public async Task<ModelCard?> RunAsync(PipelineRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Deep-model settings are checked before anything is downloaded or loaded.
        var options = request.ModelId == MlNetId ? null : Options(request);
        var mnist = await acquireMnist(cancellationToken).ConfigureAwait(false);
        var output = request.Quick ? paths.ForQuickRuns() : paths;
        var publisher = new ModelPublisher(output);
        var command = CommandLine(request);
        ModelCard? card;
        if (request.ModelId == MlNetId)
        {
            card = await new MlNetModelTraining(publisher).TrainAndPublishAsync(mnist, request.Quick, command, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            card = TrainDeep(request, options!, output, mnist, publisher, command, cancellationToken);
        }
        var outcome = card is null ? "trained, not exported" : $"test accuracy {card.TestAccuracy:F2}% -> {Path.GetRelativePath(paths.Root, Path.Combine(output.Models, request.ModelId + ".onnx"))}";
        console.MarkupLineInterpolated($"[bold]{request.ModelId}[/] done in {clock.Elapsed.TotalMinutes:F1} min: [green]{outcome}[/]");
        return card;
    }

    /// <summary>Scores the ensemble of the published members and writes its card (models/ensemble.json); null when no
    /// member is published.</summary>
    public async Task<ModelCard?> MeasureEnsembleAsync(bool quick, CancellationToken cancellationToken)
    {
        var output = quick ? paths.ForQuickRuns() : paths;
        var members = EnsembleCardFile.Members(output);
        if (members.Count == 0)
        {
            return null;
        }
        var mnist = await acquireMnist(cancellationToken).ConfigureAwait(false);
        var (images, labels) = MnistSubsets.Test(mnist, quick);
        return EnsembleCardFile.Write(output, members, images, labels);
    }

    private ModelCard? TrainDeep(PipelineRequest request, TrainingOptions options, WorkflowPaths output, MnistPaths mnist, ModelPublisher publisher,
        string command, CancellationToken cancellationToken)
    {
        var folds = request.Folds ?? (request.Quick ? 0 : ShippedSettings.DefaultFolds(request.ModelId));
        using var data = TrainingData.Load(mnist, request.Quick);
        var (model, summary) = ConsoleTrainingReporter.Run(console, reporter =>
            new DeepModelTraining(output, reporter).Train(data, options, folds, request.Resume, command, cancellationToken));
        using (model)
        {
            return request.Export ? PublishDeep(model, summary, mnist, request.Quick, publisher, cancellationToken) : null;
        }
    }

    /// <summary>Exports a trained network to models/ and scores it: used after training and by `export`.</summary>
    public static ModelCard PublishDeep(TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor> model,
        TrainingSummary summary, MnistPaths mnist, bool quick, ModelPublisher publisher, CancellationToken cancellationToken)
    {
        model.eval();
        var staging = publisher.StagingPathFor(summary.ModelId);
        OnnxExporter.Export(model, summary.ModelId, staging);
        var (testImages, testLabels) = MnistSubsets.Test(mnist, quick);
        return publisher.Publish(summary.ModelId, staging, testImages, testLabels,
            evaluation => DeepModelCard.Create(model, summary, evaluation), cancellationToken);
    }

    private static TrainingOptions Options(PipelineRequest request)
    {
        var options = ShippedSettings.For(request.ModelId);
        options = options with
        {
            Epochs = request.Epochs ?? options.Epochs,
            Schedule = request.Schedule ?? options.Schedule,
            Patience = request.Patience ?? options.Patience,
            Augmentation = request.Augmentation is { } preset ? AugmentationOptions.Named(preset) : options.Augmentation,
            TypedDigits = request.TypedDigits ?? options.TypedDigits,
            WeightAverageDecay = request.WeightAverage ?? options.WeightAverageDecay,
            Seed = request.Seed ?? options.Seed,
            FinalFit = request.FinalFit ?? options.FinalFit,
        };
        options = request.Quick ? ShippedSettings.Quick(options) with { Epochs = request.Epochs ?? 1 } : options;
        if (options.FinalFit)
        {
            options.CheckFinalFit();
        }
        return options;
    }

    private static string CommandLine(PipelineRequest r) =>
        "dotnet run --project MnistBlazor.Training -- train --model " + r.ModelId
        + (r.Epochs is { } e ? $" --epochs {e}" : "")
        + (r.Folds is { } f ? $" --folds {f}" : "")
        + (r.Schedule is { } s ? $" --schedule {s}" : "")
        + (r.Patience is { } p ? $" --patience {p}" : "")
        + (r.Augmentation is { } a ? $" --augmentation {a}" : "")
        + (r.TypedDigits is { } t ? $" --typed-digits {t}" : "")
        + (r.WeightAverage is { } w ? $" --weight-average {w.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "")
        + (r.Seed is { } seed ? $" --seed {seed}" : "")
        + (r.FinalFit is { } finalFit ? $" --final-fit {(finalFit ? "true" : "false")}" : "")
        + (r.Quick ? " --quick" : "");
}
