namespace MnistBlazor.Training.Training.Schedules;

/// <summary>The schedules the trainer offers; selectable with --schedule.</summary>
public enum ScheduleKind
{
    OneCycle,
    CosineWarmup,
    Step,
    ReduceOnPlateau,
}

/// <summary>Computes the learning rate itself and sets it on every parameter group, which sidesteps
/// TorchSharp 0.107's OneCycleLR giving wrong rates to all groups but the first.</summary>
public abstract class LearningRateSchedule
{
    protected LearningRateSchedule(double maxRate, int epochs, int stepsPerEpoch)
    {
        if (maxRate <= 0 || epochs <= 0 || stepsPerEpoch <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRate), "Rate, epochs and steps per epoch must be positive.");
        }
        MaxRate = maxRate;
        Epochs = epochs;
        StepsPerEpoch = stepsPerEpoch;
    }

    public double MaxRate { get; }

    public int Epochs { get; }

    public int StepsPerEpoch { get; }

    protected long TotalSteps => (long)Epochs * StepsPerEpoch;

    /// <summary>The rate for optimizer step <paramref name="step"/> (0-based, counted over the whole run).</summary>
    public abstract double RateAt(long step);

    /// <summary>Called once an epoch with its validation loss; only plateau-driven schedules use it.</summary>
    public virtual void EndEpoch(double validationLoss)
    {
    }

    /// <summary>State to checkpoint beyond the step count (the plateau schedule's reductions).</summary>
    public virtual ScheduleState SaveState() => new(0, double.PositiveInfinity, 0);

    public virtual void LoadState(ScheduleState state)
    {
    }

    public static LearningRateSchedule Create(ScheduleKind kind, double maxRate, int epochs, int stepsPerEpoch) => kind switch
    {
        ScheduleKind.OneCycle => new OneCycleSchedule(maxRate, epochs, stepsPerEpoch),
        ScheduleKind.CosineWarmup => new CosineWarmupSchedule(maxRate, epochs, stepsPerEpoch),
        ScheduleKind.Step => new StepSchedule(maxRate, epochs, stepsPerEpoch),
        ScheduleKind.ReduceOnPlateau => new ReduceOnPlateauSchedule(maxRate, epochs, stepsPerEpoch),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown schedule."),
    };
}

/// <summary>The part of a schedule's state that the step count does not determine.</summary>
public sealed record ScheduleState(int Reductions, double BestLoss, int EpochsWithoutImprovement);
