using System.CommandLine;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Gate;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition.Gate;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>`gate`: trains the digit gate (digits against letters, symbols and scribbles) and publishes it to
/// models/gate/digit-gate.onnx with its card.</summary>
public static class GateCommand
{
    public const string CommandLine = "dotnet run --project MnistBlazor.Training -- gate";

    public static Command Create(WorkflowPaths paths, IAnsiConsole console, Func<CancellationToken, Task<MnistPaths>> acquireMnist)
    {
        var resume = new Option<bool>("--resume") { Description = "Continue from the last checkpoint of an interrupted run." };
        var quick = new Option<bool>("--quick") { Description = "A small smoke run (writes under artifacts/quick/)." };
        var augmentation = new Option<AugmentationPreset?>("--augmentation") { Description = "Augmentation: None (shipped: random affine made the gate worse), AffineOnly or Full." };
        var command = new Command("gate", "Train the digit gate, which tells digits from letters and scribbles, and publish it to models/gate/.")
        {
            resume, quick, augmentation,
        };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(console, async () =>
        {
            var card = await TrainAsync(paths, console, acquireMnist, result.GetValue(quick), result.GetValue(resume),
                result.GetValue(augmentation), cancellationToken).ConfigureAwait(false);
            console.Write(Table(card));
            return 0;
        }));
        return command;
    }

    public static async Task<GateCard> TrainAsync(WorkflowPaths paths, IAnsiConsole console, Func<CancellationToken, Task<MnistPaths>> acquireMnist,
        bool quick, bool resume, AugmentationPreset? augmentation, CancellationToken cancellationToken)
    {
        var mnist = await acquireMnist(cancellationToken).ConfigureAwait(false);
        var output = quick ? paths.ForQuickRuns() : paths;
        var options = augmentation is { } preset ? DigitGateTraining.Options with { Augmentation = AugmentationOptions.Named(preset) } : DigitGateTraining.Options;
        var command = CommandLine + (augmentation is { } a ? $" --augmentation {a}" : "") + (quick ? " --quick" : "");
        return ConsoleTrainingReporter.Run(console, reporter => new DigitGateTraining(output, reporter)
            .TrainAndPublish(mnist, options, quick, resume, command, cancellationToken));
    }

    public static Table Table(GateCard card)
    {
        var table = new Table().Title($"Digit gate: held-out synthetic samples ({card.ValidationSamples:N0})").AddColumns("kind", "right");
        foreach (var (kind, accuracy) in card.ValidationAccuracyByKind)
        {
            table.AddRow(kind, $"{accuracy:F2}%");
        }

        table.AddRow("[bold]all[/]", $"[bold]{card.ValidationAccuracy:F2}%[/]");
        return table;
    }
}
