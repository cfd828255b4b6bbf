using MnistBlazor.Training.Training.Schedules;

namespace MnistBlazor.Training.Training;

/// <summary>Everything that decides how a deep model is trained; a resumed run must use the same values.</summary>
public sealed record TrainingOptions
{
    public required string ModelId { get; init; }
    public int Epochs { get; init; } = 10;
    public int BatchSize { get; init; } = 128;
    public double MaxLearningRate { get; init; } = 3e-3;
    public double WeightDecay { get; init; } = 1e-4;
    public double LabelSmoothing { get; init; } = 0.05;
    public ScheduleKind Schedule { get; init; } = ScheduleKind.OneCycle;
    /// <summary>Epochs without a better validation loss before stopping; 0 never stops early.</summary>
    public int Patience { get; init; } = 4;
    /// <summary>Seeds the weights, batch order, augmentation and typed digits.</summary>
    public long Seed { get; init; } = 42;
    /// <summary>Seeds the validation hold-out and cross-validation folds apart from <see cref="Seed"/>, so runs with other
    /// seeds are judged on the same validation images.</summary>
    public long SplitSeed { get; init; } = 42;
    public double ValidationFraction { get; init; } = 0.1;
    public AugmentationOptions Augmentation { get; init; } = new();

    /// <summary>Digits typed in the digit gate's training fonts, added to the MNIST training part (never to validation).</summary>
    public int TypedDigits { get; init; }

    /// <summary>Decay of an exponential moving average of the weights, validated and shipped instead of the live weights
    /// (0 = none; e.g. 0.999).</summary>
    public double WeightAverageDecay { get; init; }

    /// <summary>Trains on every training digit, none held out. The settings and the number of epochs must have been chosen
    /// on the hold-out first: with nothing to validate on there is no early stopping and the last epoch is kept.</summary>
    public bool FinalFit { get; init; }

    /// <summary>Throws, naming the setting, when a final fit is asked for with a setting that needs a validation set.</summary>
    public void CheckFinalFit()
    {
        var needsValidation = new List<string>();
        if (Patience > 0)
        {
            needsValidation.Add($"early stopping (patience {Patience}; use --patience 0)");
        }
        if (Schedule == ScheduleKind.ReduceOnPlateau)
        {
            needsValidation.Add("the ReduceOnPlateau schedule");
        }
        if (WeightAverageDecay > 0)
        {
            needsValidation.Add("a weight average (it is kept when its validation loss is best)");
        }
        if (needsValidation.Count > 0)
        {
            throw new ArgumentException(
                $"A final fit holds no validation digits out, so it cannot use {string.Join(", ", needsValidation)}.");
        }
    }

    /// <summary>The values a checkpoint must agree with before it is resumed.</summary>
    public string Fingerprint() =>
        $"{ModelId}|epochs={Epochs}|batch={BatchSize}|lr={MaxLearningRate}|wd={WeightDecay}|ls={LabelSmoothing}|{Schedule}|patience={Patience}|seed={Seed}|augmentation={Augmentation}" + (TypedDigits > 0 ? $"|typed={TypedDigits}" : "")
        + (WeightAverageDecay > 0 ? $"|average={WeightAverageDecay}" : "")
        + (SplitSeed != Seed ? $"|split={SplitSeed}" : "")
        + (FinalFit ? "|final-fit" : "");
}
