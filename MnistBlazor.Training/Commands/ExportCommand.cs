using System.CommandLine;
using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Workflow;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>`export --model ID`: writes a trained deep model's ONNX graph and card to models/ without retraining.</summary>
public static class ExportCommand
{
    public static Command Create(WorkflowPaths paths, IAnsiConsole console, Func<CancellationToken, Task<MnistPaths>> acquireMnist)
    {
        var model = new Option<string>("--model") { Description = "Deep model id: basic-cnn, resnet or vgg (mlnet is exported when trained).", Required = true };
        model.AcceptOnlyFromAmong([.. Architecture.DeepModelIds]);
        var command = new Command("export", "Export a trained model (checkpoints/<id>/) to models/<id>.onnx with its model card.") { model };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(console, async () =>
        {
            var mnist = await acquireMnist(cancellationToken).ConfigureAwait(false);
            var (network, summary) = new DeepModelTraining(paths, new SilentReporter()).LoadTrained(result.GetRequiredValue(model));
            using (network)
            {
                var card = ModelPipeline.PublishDeep(network, summary, mnist, quick: false, new ModelPublisher(paths), cancellationToken);
                console.MarkupLineInterpolated($"[bold]{card.Id}[/]: test accuracy [green]{card.TestAccuracy:F2}%[/] -> models/{card.Id}.onnx (sha256 {card.OnnxSha256[..12]}…)");
            }
            return 0;
        }));
        return command;
    }

    private sealed class SilentReporter : ITrainingReporter
    {
        public Training.ITrainingProgress Progress(string label) => Training.ITrainingProgress.None;

        public void CrossValidationCompleted(string modelId, MnistBlazor.Recognition.Catalog.CrossValidationSummary summary)
        {
        }
    }
}
