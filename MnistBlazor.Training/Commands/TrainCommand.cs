using System.CommandLine;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Schedules;
using MnistBlazor.Training.Workflow;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>`train --model ID`: trains one model with the shipped settings (overridable), exports it to models/ and evaluates it.</summary>
public static class TrainCommand
{
    public static Command Create(ModelPipeline pipeline, IAnsiConsole console)
    {
        var model = new Option<string>("--model") { Description = "Model id: basic-cnn, resnet, vgg or mlnet.", Required = true };
        model.AcceptOnlyFromAmong([.. ModelPipeline.TrainableIds]);
        var epochs = new Option<int?>("--epochs") { Description = "Epochs (default: the shipped setting)." };
        epochs.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--epochs must be at least 1."); });
        var folds = new Option<int?>("--folds") { Description = "k-fold cross-validation before the final run (0 = none; basic-cnn runs 5 by default)." };
        folds.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is 1 or < 0) r.AddError("--folds must be 0 (none) or at least 2."); });
        var schedule = new Option<ScheduleKind?>("--schedule") { Description = "Learning-rate schedule: OneCycle, CosineWarmup, Step or ReduceOnPlateau." };
        var patience = new Option<int?>("--patience") { Description = "Epochs without a better validation loss before stopping early (0 = never; default: the shipped setting)." };
        patience.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 0) r.AddError("--patience must be 0 (never stop early) or more."); });
        var augmentation = new Option<AugmentationPreset?>("--augmentation") { Description = "Augmentation: Full (shipped: affine, elastic, stroke thickness, contrast), AffineOnly or None." };
        var typedDigits = new Option<int?>("--typed-digits") { Description = "Digits typed in the gate's training fonts added to the training part (0 = none)." };
        typedDigits.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 0) r.AddError("--typed-digits must be 0 or more."); });
        var weightAverage = new Option<double?>("--weight-average") { Description = "Decay of a moving average of the weights, validated and shipped instead of the live weights (0 = none, e.g. 0.999; default: the shipped setting)." };
        weightAverage.Validators.Add(r => { if (r.GetValueOrDefault<double?>() is < 0 or >= 1) r.AddError("--weight-average must be 0 (none) or a decay below 1, e.g. 0.999."); });
        var seed = new Option<long?>("--seed") { Description = "Seed of the weights, batch order, augmentation and typed digits (default 42); the validation hold-out stays the same." };
        var finalFit = new Option<bool?>("--final-fit") { Description = "Train on all 60,000 training digits, none held out, and keep the last epoch (true/false; default: the shipped setting). Choose the settings on the hold-out first: a final fit has no validation, so no early stopping (--patience 0)." };
        var resume = new Option<bool>("--resume") { Description = "Continue from the last checkpoint of an interrupted run." };
        var quick = new Option<bool>("--quick") { Description = "A small smoke run on a subset (seconds, not minutes)." };
        var noExport = new Option<bool>("--no-export") { Description = "Train only; do not export to models/ or evaluate." };

        var command = new Command("train", "Train one model, export it to models/ and evaluate it on the MNIST test set.")
        {
            model, epochs, folds, schedule, patience, augmentation, typedDigits, weightAverage, seed, finalFit, resume, quick, noExport,
        };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(console, async () =>
        {
            await pipeline.RunAsync(new PipelineRequest(
                result.GetRequiredValue(model),
                result.GetValue(epochs),
                result.GetValue(folds),
                result.GetValue(schedule),
                result.GetValue(resume),
                result.GetValue(quick),
                Export: !result.GetValue(noExport),
                Patience: result.GetValue(patience),
                Augmentation: result.GetValue(augmentation),
                TypedDigits: result.GetValue(typedDigits),
                WeightAverage: result.GetValue(weightAverage),
                Seed: result.GetValue(seed),
                FinalFit: result.GetValue(finalFit)), cancellationToken).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
