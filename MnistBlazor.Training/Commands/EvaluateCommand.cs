using System.CommandLine;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Evaluation;
using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>`evaluate [--model ID]`: scores the graphs in models/ on the 10,000 MNIST test images through ML.NET's
/// OnnxTransformer: accuracy, log-loss, per-class precision and recall, confusion matrix.</summary>
public static class EvaluateCommand
{
    public static Command Create(WorkflowPaths paths, IAnsiConsole console, Func<CancellationToken, Task<MnistPaths>> acquireMnist)
    {
        var model = new Option<string?>("--model") { Description = "One model id (default: every models/*.onnx)." };
        var command = new Command("evaluate", "Score the ONNX graphs in models/ on the MNIST test set.") { model };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(console, async () =>
        {
            var files = ModelFiles(paths, result.GetValue(model));
            var mnist = await acquireMnist(cancellationToken).ConfigureAwait(false);
            var (images, labels) = MnistSubsets.Test(mnist, quick: false);
            var summary = new Table().AddColumns("model", "accuracy", "log-loss", "scoring time");
            foreach (var file in files)
            {
                var evaluation = OnnxModelEvaluator.Evaluate(file, images, labels, cancellationToken);
                var id = Path.GetFileNameWithoutExtension(file);
                summary.AddRow(id, $"{evaluation.AccuracyPercent:F2}%", $"{evaluation.LogLoss:F4}", $"{evaluation.ScoringTime.TotalSeconds:F1} s");
                console.Write(EvaluationReport.Details(id, evaluation));
            }
            if (result.GetValue(model) is null && EnsembleCardFile.Members(paths) is { Count: > 0 } members)
            {
                var card = EnsembleCardFile.Write(paths, members, images, labels);
                summary.AddRow(ModelIds.Ensemble, $"{card.TestAccuracy:F2}%", $"{card.TestLogLoss:F4}", $"mean of {members.Count} graphs -> {EnsembleCardFile.Name}");
            }
            console.Write(summary);
            return 0;
        }));
        return command;
    }

    private static IReadOnlyList<string> ModelFiles(WorkflowPaths paths, string? modelId)
    {
        if (modelId is not null)
        {
            var path = Path.Combine(paths.Models, $"{modelId}.onnx");
            return File.Exists(path) ? [path] : throw new FileNotFoundException($"No model '{modelId}' in {paths.Models}: train it first (train --model {modelId}).", path);
        }
        var all = Directory.Exists(paths.Models) ? Directory.GetFiles(paths.Models, "*.onnx").Order(StringComparer.Ordinal).ToList() : [];
        return all.Count > 0 ? all : throw new FileNotFoundException($"No .onnx files in {paths.Models}: train the models first.");
    }
}
