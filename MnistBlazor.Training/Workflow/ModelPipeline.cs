using System.Diagnostics;
using MnistBlazor.Training.Commands;
using MnistBlazor.Training.Training;
using Spectre.Console;

namespace MnistBlazor.Training.Workflow;

/// <summary>Train, export and evaluate: what `train`, and the verb-less command for every model, run.</summary>
public sealed class ModelPipeline(WorkflowPaths paths, IAnsiConsole console)
{
    public const string MlNetId = "mlnet";

    public Task<int> RunAsync(PipelineRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var data = TrainingData.Load(paths.Data, request.Quick);
        var options = Options(request);
        var folds = request.Folds ?? (request.Quick ? 0 : ShippedSettings.DefaultFolds(request.ModelId));
        var command = CommandLine(request);
        var (model, summary) = ConsoleTrainingReporter.Run(console, reporter =>
            new DeepModelTraining(paths, reporter).Train(data, options, folds, request.Resume, command, cancellationToken));
        using (model)
        {
            console.MarkupLineInterpolated(
                $"[bold]{request.ModelId}[/]: best epoch {summary.Result.BestEpoch}, validation accuracy {summary.Result.BestValidationAccuracy:P2}, {summary.Result.SecondsPerEpoch:F1} s/epoch, {clock.Elapsed.TotalMinutes:F1} min");
        }
        return Task.FromResult(0);
    }

    private static TrainingOptions Options(PipelineRequest request)
    {
        var options = ShippedSettings.For(request.ModelId);
        options = options with
        {
            Epochs = request.Epochs ?? options.Epochs,
            Schedule = request.Schedule ?? options.Schedule,
        };
        return request.Quick ? ShippedSettings.Quick(options) with { Epochs = request.Epochs ?? 1 } : options;
    }

    private static string CommandLine(PipelineRequest r) =>
        "dotnet run --project MnistBlazor.Training -- train --model " + r.ModelId
        + (r.Epochs is { } e ? $" --epochs {e}" : "")
        + (r.Folds is { } f ? $" --folds {f}" : "")
        + (r.Schedule is { } s ? $" --schedule {s}" : "")
        + (r.Quick ? " --quick" : "");
}
